from begrijpelijk.cli.main import main

main()
