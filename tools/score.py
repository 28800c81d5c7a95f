#!/usr/bin/env python3
"""Score a knowledge graph built from meeting reports against gold annotations.

The graph is read through two SPARQL queries that the project ships:

  queries/citations.rq  ?document ?paragraph ?speaker ?role ?affiliation
                        ?affiliationType ?cited ?citedType
  queries/mentions.rq   ?document ?paragraph ?label ?type

Usage (from the project's root, with the project installed):

  score.py --gold GOLD_DIR --docs DOCS_DIR            # builds, queries, scores
  score.py --gold GOLD_DIR --citations C.csv --mentions M.csv

Gold files are <doc>.jsonl as described in docs/annotation-guidelines.md.
Prints one line per figure and ends with 'attribution F1 = x.xxx'.
Standard library only.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import shlex
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROLES = {"chair", "official", "secretariat", "co-facilitator", "panellist", "speaker", "delegations"}
ROLE_SYNONYMS = {"president": "chair", "chairperson": "chair", "director": "official",
                 "cofacilitator": "co-facilitator", "panelist": "panellist", "delegation": "delegations",
                 "speakers": "speaker"}

# Long and short forms of State names that differ by more than articles.
STATE_ALIASES = {
    "united states of america": "united states", "usa": "united states", "us": "united states",
    "united kingdom of great britain and northern ireland": "united kingdom", "uk": "united kingdom",
    "russian federation": "russia", "uae": "united arab emirates",
    "people's republic of china": "china", "republic of korea": "south korea",
    "plurinational state of bolivia": "bolivia", "bolivarian republic of venezuela": "venezuela",
    "islamic republic of iran": "iran", "viet nam": "vietnam", "türkiye": "turkey", "turkiye": "turkey",
}


def norm(label: str | None) -> str:
    if not label:
        return ""
    s = label.lower().replace("\u2019", "'").replace("\u201c", "").replace("\u201d", "")
    s = re.sub(r"[\"“”‘’`]", "", s)
    s = re.sub(r"\s+", " ", s).strip(" .,;:")
    s = re.sub(r"^(the|a|an) ", "", s)
    s = STATE_ALIASES.get(s, s)
    words = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in s.split(" ")]
    return " ".join(words)


def same(pred: str, gold_forms: set[str]) -> bool:
    p = norm(pred)
    if not p:
        return False
    if p in gold_forms:
        return True
    pt = p.split()
    for g in gold_forms:
        gt = g.split()
        short, long_ = (pt, gt) if len(pt) <= len(gt) else (gt, pt)
        if len(short) >= 2 and " ".join(short) in " ".join(long_) and len(short) / len(long_) >= 0.6:
            return True
    return False


def match_count(pred: list[tuple], gold: list[tuple]) -> int:
    """Greedy one-to-one matching. Items are tuples whose last element is a
    set of accepted gold forms (gold side) or a label (pred side); the other
    elements must be equal. Each prediction takes the first unused gold item
    it matches, in gold order; gold items are indexed by the other elements,
    so that the matching stays linear in the number of paragraphs."""
    candidates = defaultdict(list)
    for g in gold:
        candidates[g[:-1]].append(g[-1])
    used = set()
    hits = 0
    for p in pred:
        for i, forms in enumerate(candidates.get(p[:-1], ())):
            if (p[:-1], i) not in used and same(p[-1], forms):
                used.add((p[:-1], i))
                hits += 1
                break
    return hits


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_gold(gold_dir: Path, docs: set[str] | None):
    paras = []
    for f in sorted(gold_dir.glob("*.jsonl")):
        if docs is not None and f.stem not in docs:
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paras.append(json.loads(line))
    return paras


def gold_sets(paras):
    forms_of = {}
    ents, attrs, speakers = [], [], []
    for p in paras:
        key = (p["doc"], int(p["paragraph"]))
        for e in p["entities"]:
            forms = {norm(e["label"])} | {norm(a) for a in e.get("aliases", [])}
            forms_of[key + (e["label"],)] = forms
            ents.append((key, e["type"], frozenset(forms)))
        seen = set()
        for s in p["statements"]:
            role = s["role"]
            aff = s.get("affiliation")
            ident = (role, norm(s["speaker"]), norm(aff))
            if ident not in seen:  # repeated "Speakers ..." in one paragraph count once
                seen.add(ident)
                speakers.append((key, role, frozenset({norm(aff)} if aff else {""})))
            if aff:
                for c in s["cited"]:
                    forms = forms_of.get(key + (c,), {norm(c)})
                    attrs.append((key, norm(aff), frozenset(forms)))
    return ents, attrs, speakers


def read_csv(text: str) -> list[dict]:
    rows = list(csv.DictReader(io.StringIO(text)))
    out = []
    for r in rows:
        out.append({k.lstrip("?"): (v or "").strip() for k, v in r.items() if k})
    return out


def local(v: str) -> str:
    return re.split(r"[#/:]", v)[-1] if v else v


def pred_sets(citations: list[dict], mentions: list[dict], docs: set[str] | None):
    ents, attrs, speakers = [], [], []
    seen_e, seen_a, seen_s = set(), set(), set()

    def key_of(r):
        return (local(r["document"]), int(float(r["paragraph"])))

    for r in mentions:
        k = key_of(r)
        if docs is not None and k[0] not in docs:
            continue
        item = (k, local(r["type"]), r["label"])
        if item not in seen_e:
            seen_e.add(item)
            ents.append(item)
    for r in citations:
        k = key_of(r)
        if docs is not None and k[0] not in docs:
            continue
        role = local(r.get("role", "")).lower()
        role = ROLE_SYNONYMS.get(role, role)
        aff = r.get("affiliation", "")
        s_item = (k, role, norm(r.get("speaker", "")), norm(aff))
        if s_item not in seen_s:
            seen_s.add(s_item)
            speakers.append((k, role, aff))
        if aff and r.get("cited"):
            a_item = (k, norm(aff), r["cited"])
            if a_item not in seen_a:
                seen_a.add(a_item)
                attrs.append(a_item)
    return ents, attrs, speakers


def score(gold_paras, citations, mentions, docs):
    g_ents, g_attrs, g_speakers = gold_sets(gold_paras)
    p_ents, p_attrs, p_speakers = pred_sets(citations, mentions, docs)
    lines = []
    # entities: label match within paragraph, any type
    g_e = [(k, forms) for k, _t, forms in g_ents]
    p_e = [(k, label) for k, _t, label in p_ents]
    tp = match_count(p_e, g_e)
    lines.append(("entity", prf(tp, len(p_e), len(g_e)), len(g_e)))
    types = sorted({t for _k, t, _f in g_ents})
    for t in types:
        ge = [(k, f) for k, tt, f in g_ents if tt == t]
        pe = [(k, l) for k, tt, l in p_ents if tt == t]
        lines.append((f"entity[{t}]", prf(match_count(pe, ge), len(pe), len(ge)), len(ge)))
    # speakers: role + affiliation
    gs = [(k, role, forms) for k, role, forms in g_speakers]
    ps = [(k, role, aff) for k, role, aff in p_speakers]
    tp = 0
    used = set()
    by_role = defaultdict(list)
    for i, g in enumerate(gs):
        by_role[g[:2]].append(i)
    for p in ps:
        for i in by_role.get(p[:2], ()):
            if i in used:
                continue
            g = gs[i]
            if (not p[2] and "" in g[2]) or (p[2] and same(p[2], g[2])):
                used.add(i)
                tp += 1
                break
    lines.append(("speaker", prf(tp, len(ps), len(gs)), len(gs)))
    # attribution: (paragraph, affiliation, cited)
    ga = [(k, aff, forms) for k, aff, forms in g_attrs]
    pa = []
    affs_of = defaultdict(set)
    for k, aff, _forms in ga:
        affs_of[k].add(aff)
    for k, aff, cited in p_attrs:
        # map predicted affiliation onto a gold spelling when they match
        gold_affs = affs_of.get(k, set())
        mapped = next((a for a in gold_affs if same(aff, {a})), aff)
        pa.append((k, mapped, cited))
    tp = match_count(pa, ga)
    lines.append(("attribution", prf(tp, len(pa), len(ga)), len(ga)))
    return lines


def run(cmd: list[str], cwd: Path | None = None) -> str:
    res = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=900)
    if res.returncode != 0:
        sys.exit(f"command failed ({res.returncode}): {' '.join(cmd)}\n{res.stderr[-2000:]}")
    return res.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--docs", type=Path, help="folder of documents to build the graph from")
    ap.add_argument("--cli", default="uncac-kg", help="command that runs the project's CLI")
    ap.add_argument("--citations", type=Path)
    ap.add_argument("--mentions", type=Path)
    ap.add_argument("--detail", action="store_true", help="print misses and false hits")
    args = ap.parse_args()

    if args.citations and args.mentions:
        citations = read_csv(args.citations.read_text(encoding="utf-8"))
        mentions = read_csv(args.mentions.read_text(encoding="utf-8"))
        docs = None
    elif args.docs:
        cli = shlex.split(args.cli)
        doc_files = sorted(p for p in args.docs.iterdir() if p.is_file())
        docs = {p.stem for p in doc_files}
        with tempfile.TemporaryDirectory() as tmp:
            store = str(Path(tmp) / "store")
            run(cli + ["build", *map(str, doc_files), "--store", store])
            citations = read_csv(run(cli + ["query", "queries/citations.rq", "--store", store, "--format", "csv"]))
            mentions = read_csv(run(cli + ["query", "queries/mentions.rq", "--store", store, "--format", "csv"]))
    else:
        ap.error("give --docs, or --citations and --mentions")

    gold = load_gold(args.gold, docs)
    if not gold:
        sys.exit("no gold paragraphs found")
    lines = score(gold, citations, mentions, docs)
    for name, (p, r, f), n in lines:
        print(f"{name:28s} P={p:.3f} R={r:.3f} F1={f:.3f} (gold {n})")
    if args.detail:
        detail(gold, citations, mentions, docs)
    att = [x for x in lines if x[0] == "attribution"][0]
    print(f"attribution F1 = {att[1][2]:.3f}")


def detail(gold, citations, mentions, docs):
    g_ents, g_attrs, _ = gold_sets(gold)
    p_ents, p_attrs, _ = pred_sets(citations, mentions, docs)
    by_key = defaultdict(lambda: ([], []))
    for k, t, forms in g_ents:
        by_key[k][0].append((t, sorted(forms)[0], forms))
    for k, t, label in p_ents:
        by_key[k][1].append((t, label))
    for k in sorted(by_key):
        gl, pl = by_key[k]
        miss = [g[1] for g in gl if not any(same(l, g[2]) for _t, l in pl)]
        extra = [l for _t, l in pl if not any(same(l, g[2]) for g in gl)]
        if miss or extra:
            print(f"  {k[0]} ¶{k[1]}: missed {miss} | extra {extra}")


if __name__ == "__main__":
    main()
