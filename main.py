"""Launch the reader's window: `python main.py [PATH] [--screenshot FILE.png] …`."""

import sys

from reader.core.issue_cache import parse_ahead

if __name__ == "__main__":
    args = sys.argv[1:]
    if args and not args[0].startswith("-"):
        parse_ahead(args[0])    # an issue not parsed before: parsed in a child while the window is built
    from reader.gui.app import main
    sys.exit(main(args))
