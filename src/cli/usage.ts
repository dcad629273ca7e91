/** The text of `whosaid --help` and `whosaid --version`. */
import { version } from '../../package.json';

export const VERSION = version;

export const USAGE = `whosaid ${version}: who said what and who is who in news articles, locally.

Usage:
  whosaid analyze FILE            analyse one article; prints {"text","quotes","entities"} as JSON
                                  (.html/.htm, or any FILE with --html: the article is found in
                                   the page first; other files are plain text; - reads stdin)
  whosaid analyze --jsonl [FILE]  batch: JSON lines {"id","text"} or {"id","html"} from FILE or stdin,
                                  one {"id","text","quotes","entities"} line out per line in, in order
                                  (a document that fails gives {"id","error"} and the batch goes on)
  whosaid extract FILE            print the article text of an HTML page (- reads stdin),
                                  paragraphs separated by a blank line
  whosaid --help | --version

Options:
  --html           analyze: FILE (or stdin) is an HTML page whatever its name
  --jsonl          batch mode (see above)
  -t, --threads N  threads for --jsonl, the main one included (default: one per core)
  -h, --help       show this help
  -V, --version    show the version

Offsets are UTF-16 indices into "text" (JavaScript string indices), end exclusive.
Exit status: 0 ok, 1 unusable input, 2 bad command line.
`;
