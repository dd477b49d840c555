/* main.c - `vietalign COMMAND ...`: dispatches to the subcommands. */
#include <stdio.h>
#include <string.h>
#include "cli.h"

static void usage(FILE *f)
{
	fputs("usage: vietalign align VI_FILE EN_FILE [-o OUT] [--format tmx|tsv|jsonl|moses] [--header]\n"
	      "       vietalign align MIXED_FILE [options as above]\n"
	      "                       [--srclang vi|en] [--min-score X] [--one-sided] [--explain]\n"
	      "                       [--presplit | --no-presplit]\n"
	      "                       [--dict FILE]... [--dict-format auto|tsv|hunalign|tbx]\n"
	      "                       [--anchors all|none|numbers,names,punct,words,lexicon,learned]\n"
	      "                       [--replace-invalid] [--any-language] [--not-parallel-ok]\n"
	      "                       [--min-parallelism X]\n"
	      "                       [--threads N] [--search auto|full|corridor] [--margin N]\n"
	      "                       [--keep-sentences]\n"
	      "                       [--encoding auto|utf-8|windows-1258|viscii|tcvn3|vni]\n"
	      "       vietalign split MIXED_FILE --vi OUT_VI --en OUT_EN [--encoding NAME]\n"
	      "       vietalign check VI_FILE EN_FILE | FILE.tmx [--json] [--html REPORT.html]\n"
	      "                       [--srclang en|vi] [--severity error|warning|note]\n"
	      "                       [--ignore KIND[,KIND]] [--baseline FINDINGS.jsonl]\n"
	      "                       [--glossary TERMS.tsv]\n"
	      "                       [--presplit | --no-presplit] [--dict FILE]...\n"
	      "                       [--encoding NAME]\n"
	      "       vietalign segment FILE --lang vi|en [--replace-invalid] [--encoding NAME]\n"
	      "                       [--presplit | --no-presplit] [--soft]\n"
	      "       vietalign batch MANIFEST.tsv | --stdin [-o OUT] [--format tsv|jsonl|tmx|moses]\n"
	      "                       [--threads N] [--min-score X] [--summary FILE|-] [--quiet]\n"
	      "                       [--not-parallel-ok] [--max-doc-bytes N] [--max-doc-sentences N]\n"
	      "                       [--max-doc-seconds S] [--learn] [align's other options]\n"
	      "       vietalign lexicon [--table words|places]\n"
	      "       vietalign check MEMORY.tmx [--json]\n"
	      "       vietalign convert IN.tmx --format tsv|jsonl|moses|tmx [-o OUT] [--tags drop|keep]\n"
	      "                       [--min-score X]\n"
	      "       vietalign merge A.tmx [B.tmx ...] [-o OUT.tmx] [--srclang vi|en] [--quiet]\n"
	      "       vietalign review VI_FILE EN_FILE -o REVIEW.html [--srclang vi|en]\n"
	      "                       [--min-score X] [--one-sided] [align's other options]\n"
	      "       vietalign --help | --version\n"
	      "\n"
	      "align    aligns a Vietnamese text with its English translation (or the\n"
	      "         reverse) sentence by sentence; writes TMX 1.4 to standard output\n"
	      "         or, with -o, to OUT (written whole or not at all); TSV is\n"
	      "         vi, en, score (--header: a line of column names first);\n"
	      "         --format moses -o PREFIX writes PREFIX.vi, PREFIX.en and\n"
	      "         PREFIX.scores, line-aligned.\n"
	      "         With one file holding both languages (a saved page), its\n"
	      "         Vietnamese and English paragraphs are told apart and aligned.\n"
	      "         Texts that are not translations of each other are reported,\n"
	      "         no pairs are written, and the exit status is 4.\n"
	      "         A sentence may be cut at a soft boundary (\". \" before a\n"
	      "         lowercase word, \":\", \";\", a clause's end) where the other\n"
	      "         side's pieces align there; --keep-sentences never cuts one.\n"
	      "split    writes the Vietnamese and the English paragraphs of a mixed file.\n"
	      "check    aligns and reports omissions, additions, changed numbers and\n"
	      "         names, untranslated sentences, odd length ratios and glossary\n"
	      "         terms (errors and warnings), and with --severity note matters\n"
	      "         of form and consistency, one line per fault naming both sides\n"
	      "         VI:LINE:COL: EN:LINE:COL: (or JSON Lines); exit status 3 when\n"
	      "         it found any. --baseline silences findings of an earlier\n"
	      "         --json output.\n"
	      "segment  prints one sentence per line, a blank line between paragraphs;\n"
	      "         --soft marks the soft boundaries where align may cut one\n"
	      "         (\" |KIND| \": stop, colon, clause, capital).\n"
	      "lexicon  prints the built-in word and place tables as a TSV glossary\n"
	      "         (vi TAB en1,en2...), which --dict reads.\n"
	      "batch    aligns many pairs on N threads into one output, one line per\n"
	      "         sentence pair: vi, en, score, id (TSV), JSON Lines with an \"id\",\n"
	      "         one TMX (x-doc prop), or moses files (and PREFIX.ids).\n"
	      "         MANIFEST lines: vi_path TAB en_path\n"
	      "         [TAB id] (paths relative to the manifest; id defaults to vi_path);\n"
	      "         --stdin reads Bitextor lines: vi_id TAB en_id TAB base64(vi)\n"
	      "         TAB base64(en). Failed pairs are reported and skipped (exit\n"
	      "         status 5); pairs that are not translations are reported and\n"
	      "         left out (status 0). A document over --max-doc-bytes (default\n"
	      "         32 MiB) or --max-doc-sentences (default 100000), or taking\n"
	      "         longer than --max-doc-seconds (default 600; fractions allowed)\n"
	      "         is stopped, reported and skipped (0: no limit).\n"
	      "convert  reads a TMX (any tool's: vi-VN/en-US, CDATA, UTF-16, inline tags\n"
	      "         dropped unless --tags keep) and writes its units as TSV (vi, en,\n"
	      "         score, doc), JSON Lines, Moses files (-o PREFIX: PREFIX.vi,\n"
	      "         PREFIX.en, PREFIX.scores) or vietalign's TMX.\n"
	      "merge    joins TMX files into one, units renumbered, duplicates (same vi\n"
	      "         and en after NFC and white-space folding) left out.\n"
	      "         A TMX whose languages are swapped (Vietnamese labelled en) is\n"
	      "         read the right way round, with a warning (convert, merge, check).\n"
	      "review   aligns as align does and writes one self-contained HTML page\n"
	      "         where a person corrects the alignment in a browser (join,\n"
	      "         split, move a sentence, mark a pair wrong, edit a text, undo)\n"
	      "         and saves it as TMX and TSV. Pairs scoring below --min-score\n"
	      "         start marked wrong; --one-sided keeps one-sided beads in the TSV.\n"
	      "\n"
	      "Input is UTF-8 (a byte order mark is skipped) or UTF-16 with a byte order\n"
	      "mark. Invalid UTF-8 is an error naming the byte offset; --replace-invalid\n"
	      "turns it into U+FFFD instead. A Vietnamese file that reads as English (or\n"
	      "the reverse) is refused unless --any-language is given. Vietnamese in\n"
	      "Windows-1258, VISCII, TCVN3 or VNI (or VNI saved as UTF-8) is found,\n"
	      "named on stderr and converted (--encoding NAME to say which; --encoding\n"
	      "utf-8 refuses it instead). --presplit reads each line as one segment (a\n"
	      "blank line or <p> ends a paragraph); a file that plainly holds one\n"
	      "sentence per line is read so unless --no-presplit.\n"
	      "--dict FILE (align, batch, check; repeatable) adds a dictionary or\n"
	      "glossary to the word table: TSV (vi TAB en), hunalign's (en @ vi) or\n"
	      "TBX, told apart by their content unless --dict-format says.\n"
	      "\n"
	      "No output may be an input or another output (compared by device and\n"
	      "inode): such a command is refused with exit status 2. A rewritten output\n"
	      "keeps its permission bits.\n",
	      f);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("vietalign %s\n", vietalign_version());
		return 0;
	}
	if (strcmp(argv[1], "align") == 0)
		return cmd_align(argc - 1, argv + 1);
	if (strcmp(argv[1], "check") == 0)
		return cmd_check(argc - 1, argv + 1);
	if (strcmp(argv[1], "split") == 0)
		return cmd_split(argc - 1, argv + 1);
	if (strcmp(argv[1], "segment") == 0)
		return cmd_segment(argc - 1, argv + 1);
	if (strcmp(argv[1], "batch") == 0)
		return cmd_batch(argc - 1, argv + 1);
	if (strcmp(argv[1], "lexicon") == 0)
		return cmd_lexicon(argc - 1, argv + 1);
	if (strcmp(argv[1], "convert") == 0)
		return cmd_convert(argc - 1, argv + 1);
	if (strcmp(argv[1], "merge") == 0)
		return cmd_merge(argc - 1, argv + 1);
	if (strcmp(argv[1], "review") == 0)
		return cmd_review(argc - 1, argv + 1);
	cli_error("unknown command '%s' (try --help)", argv[1]);
	return EXIT_USAGE;
}
