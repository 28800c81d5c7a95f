from uncac_kg.cli import main

main()
