"""Launch the reader's window: `python main.py [PATH] [--screenshot FILE.png] …`."""

import gc
import sys

from reader.core.issue_cache import parse_ahead

if __name__ == "__main__":
    args = sys.argv[1:]
    if args and not args[0].startswith("-"):
        parse_ahead(args[0])    # an issue not parsed before: parsed in a child while the window is built
    gc.disable()    # no cyclic collection until the first story is painted (start-up makes next to no garbage):
                    # start-up's steps turn it back on (reader/gui/startup.py, Startup.run)
    from reader.gui.app import main
    sys.exit(main(args))
