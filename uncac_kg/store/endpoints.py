"""Where a remote store answers: its query, update and Graph Store URLs, and how to log in.

A remote store is named by its SPARQL query URL. The update URL and the
Graph Store HTTP Protocol URL are, in order of precedence: given explicitly
(``--update-url``, ``--gsp-url``), set in the environment (``UNCAC_KG_UPDATE_URL``,
``UNCAC_KG_GSP_URL``), or derived from the query URL for servers whose layout
is known:

=========  ==========================  =======================  ===============================
server     query URL                   update URL               Graph Store URL
=========  ==========================  =======================  ===============================
Oxigraph   ``http://host:7878/query``  ``/update``              ``/store``
Fuseki     ``/ds/query``, ``/ds/sparql``  ``/ds/update``        ``/ds/data``
GraphDB    ``/repositories/ID``        ``/repositories/ID/statements``  ``.../rdf-graphs/service``
Virtuoso   ``http://host:8890/sparql`` the same URL             ``/sparql-graph-crud``
=========  ==========================  =======================  ===============================

Credentials come from the environment only, never from the command line
(where they would stay in the shell's history): ``UNCAC_KG_USER`` and
``UNCAC_KG_PASSWORD`` for HTTP basic authentication, or ``UNCAC_KG_TOKEN`` for a
bearer token. ``UNCAC_KG_TIMEOUT`` sets how many seconds to wait for an answer.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from uncac_kg.errors import StoreError

#: Seconds to wait for a store's answer when ``UNCAC_KG_TIMEOUT`` does not say.
DEFAULT_TIMEOUT = 60.0


@dataclass(frozen=True, slots=True)
class Layout:
    """What is known of a kind of server.

    ``union_parameters`` are added to every query so that its default graph is
    the union of the named graphs (servers without such a parameter must be
    configured that way: Fuseki with ``tdb2:unionDefaultGraph true``; Virtuoso
    and GraphDB do it by default). ``timeout_parameter`` names the request
    parameter that bounds a query's run time on the server, in
    ``timeout_unit`` seconds. ``atomic_put`` says whether a Graph Store PUT
    replaces a graph in one transaction.
    """

    name: str
    union_parameters: tuple[tuple[str, str], ...] = ()
    timeout_parameter: str | None = None
    timeout_unit: float = 1.0
    atomic_put: bool = False


OXIGRAPH = Layout("oxigraph", union_parameters=(("union-default-graph", ""),))
FUSEKI = Layout("fuseki", timeout_parameter="timeout", atomic_put=True)
GRAPHDB = Layout("graphdb", timeout_parameter="timeout")
VIRTUOSO = Layout("virtuoso", timeout_parameter="timeout", timeout_unit=0.001)
GENERIC = Layout("generic")


@dataclass(frozen=True, slots=True)
class Credentials:
    """A login taken from the environment; its ``repr`` never shows the secret."""

    user: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    def authorization(self) -> str | None:
        """The ``Authorization`` header's value, or None without credentials."""
        if self.token:
            return f"Bearer {self.token}"
        if self.user:
            pair = f"{self.user}:{self.password or ''}".encode()
            return "Basic " + base64.b64encode(pair).decode("ascii")
        return None

    @property
    def kind(self) -> str:
        """``bearer``, ``basic`` or ``none``: what error messages may say about the login."""
        return "bearer" if self.token else "basic" if self.user else "none"


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Everything needed to talk to one remote store."""

    query_url: str
    update_url: str | None = None
    gsp_url: str | None = None
    layout: Layout = GENERIC
    credentials: Credentials = field(default_factory=Credentials)
    timeout: float = DEFAULT_TIMEOUT


def is_url(location: str) -> bool:
    """Whether ``location`` names a remote store (an http or https URL)."""
    return re.match(r"https?://", location, flags=re.IGNORECASE) is not None


def derive(query_url: str) -> tuple[Layout, str | None, str | None]:
    """The layout, update URL and Graph Store URL a query URL implies (None where unknown)."""
    parts = urlsplit(query_url)
    path = parts.path.rstrip("/")

    def beside(new_path: str) -> str:
        return urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))

    if path == "/query":
        return OXIGRAPH, beside("/update"), beside("/store")
    fuseki = re.fullmatch(r"(/.*)/(?:query|sparql)", path)
    if fuseki:
        return FUSEKI, beside(f"{fuseki[1]}/update"), beside(f"{fuseki[1]}/data")
    graphdb = re.fullmatch(r"(.*/repositories/[^/]+)", path)
    if graphdb:
        base = graphdb[1]
        return GRAPHDB, beside(f"{base}/statements"), beside(f"{base}/rdf-graphs/service")
    if path == "/sparql":
        return VIRTUOSO, beside("/sparql"), beside("/sparql-graph-crud")
    return GENERIC, None, None


def resolve(
    query_url: str,
    *,
    update_url: str | None = None,
    gsp_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Endpoints:
    """The endpoints of the store at ``query_url``: explicit URLs, then environment, then derived.

    Raises ``StoreError`` for a URL that is not http(s), carries a login
    (``http://user:secret@host``: credentials belong in the environment) or
    holds a query string, and for an unreadable ``UNCAC_KG_TIMEOUT``.
    """
    env = os.environ if environ is None else environ
    for url in (query_url, update_url, gsp_url):
        if url is not None:
            _check_url(url)
    layout, derived_update, derived_gsp = derive(query_url)
    update = update_url or env.get("UNCAC_KG_UPDATE_URL") or derived_update
    gsp = gsp_url or env.get("UNCAC_KG_GSP_URL") or derived_gsp
    for url in (update, gsp):
        if url is not None:
            _check_url(url)
    credentials = Credentials(
        user=env.get("UNCAC_KG_USER") or None,
        password=env.get("UNCAC_KG_PASSWORD") or None,
        token=env.get("UNCAC_KG_TOKEN") or None,
    )
    return Endpoints(query_url, update, gsp, layout, credentials, _timeout(env))


def _check_url(url: str) -> None:
    if not is_url(url):
        raise StoreError(f"not an http(s) URL: {url}")
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        shown = urlunsplit((parts.scheme, parts.hostname or "", parts.path, "", ""))
        raise StoreError(
            f"the URL {shown} carries a login; set UNCAC_KG_USER and UNCAC_KG_PASSWORD "
            "(or UNCAC_KG_TOKEN) in the environment instead"
        )
    if not parts.hostname:
        raise StoreError(f"no host in the URL {url}")
    if parts.query or parts.fragment:
        raise StoreError(f"a store URL takes no query string or fragment: {url}")


def _timeout(env: Mapping[str, str]) -> float:
    text = env.get("UNCAC_KG_TIMEOUT", "").strip()
    if not text:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not seconds > 0:
        raise StoreError(f"UNCAC_KG_TIMEOUT must be a positive number of seconds, not {text!r}")
    return seconds
