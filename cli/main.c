/* main.c - `vietalign COMMAND ...`: dispatches to the subcommands. */
#include <stdio.h>
#include <string.h>
#include "cli.h"

static void usage(FILE *f)
{
	fputs("usage: vietalign align VI_FILE EN_FILE [-o OUT] [--format tmx|tsv|jsonl]\n"
	      "       vietalign align MIXED_FILE [options as above]\n"
	      "                       [--srclang vi|en] [--min-score X] [--one-sided]\n"
	      "                       [--anchors all|none|numbers,names,punct,words,lexicon]\n"
	      "                       [--replace-invalid] [--any-language] [--not-parallel-ok]\n"
	      "                       [--threads N] [--search auto|full|corridor] [--margin N]\n"
	      "                       [--encoding auto|utf-8|windows-1258|viscii|tcvn3|vni]\n"
	      "       vietalign split MIXED_FILE --vi OUT_VI --en OUT_EN\n"
	      "       vietalign check VI_FILE EN_FILE | FILE.tmx [--json] [--html REPORT.html]\n"
	      "                       [--srclang en|vi] [--severity error|warning|note]\n"
	      "                       [--ignore KIND[,KIND]] [--baseline FINDINGS.jsonl]\n"
	      "                       [--glossary TERMS.tsv]\n"
	      "       vietalign segment FILE --lang vi|en [--replace-invalid] [--encoding NAME]\n"
	      "       vietalign batch MANIFEST.tsv | --stdin [-o OUT] [--format tsv|jsonl|tmx]\n"
	      "                       [--threads N] [--min-score X] [--summary FILE|-] [--quiet]\n"
	      "                       [--not-parallel-ok] [--max-doc-bytes N] [--max-doc-sentences N]\n"
	      "                       [align's other options]\n"
	      "       vietalign --help | --version\n"
	      "\n"
	      "align    aligns a Vietnamese text with its English translation (or the\n"
	      "         reverse) sentence by sentence; writes TMX 1.4 to standard output\n"
	      "         or, with -o, to OUT (written whole or not at all).\n"
	      "         With one file holding both languages (a saved page), its\n"
	      "         Vietnamese and English paragraphs are told apart and aligned.\n"
	      "         Texts that are not translations of each other are reported,\n"
	      "         no pairs are written, and the exit status is 4.\n"
	      "split    writes the Vietnamese and the English paragraphs of a mixed file.\n"
	      "check    aligns and reports omissions, additions, changed numbers and\n"
	      "         names, untranslated sentences, odd length ratios and glossary\n"
	      "         terms (errors and warnings), and with --severity note matters\n"
	      "         of form and consistency, one line per fault naming both sides\n"
	      "         VI:LINE:COL: EN:LINE:COL: (or JSON Lines); exit status 3 when\n"
	      "         it found any. --baseline silences findings of an earlier\n"
	      "         --json output.\n"
	      "segment  prints one sentence per line, a blank line between paragraphs.\n"
	      "batch    aligns many pairs on N threads into one output, one line per\n"
	      "         sentence pair: id, score, vi, en (TSV), JSON Lines with an \"id\",\n"
	      "         or one TMX (x-doc prop). MANIFEST lines: vi_path TAB en_path\n"
	      "         [TAB id] (paths relative to the manifest; id defaults to vi_path);\n"
	      "         --stdin reads Bitextor lines: vi_id TAB en_id TAB base64(vi)\n"
	      "         TAB base64(en). Failed pairs are reported and skipped (exit\n"
	      "         status 5); pairs that are not translations are reported and\n"
	      "         left out (status 0). A document over --max-doc-bytes (default\n"
	      "         32 MiB) or --max-doc-sentences (default 100000; 0: no limit)\n"
	      "         is reported and skipped.\n"
	      "\n"
	      "Input is UTF-8 (a byte order mark is skipped) or UTF-16 with a byte order\n"
	      "mark. Invalid UTF-8 is an error naming the byte offset; --replace-invalid\n"
	      "turns it into U+FFFD instead. A Vietnamese file that reads as English (or\n"
	      "the reverse) is refused unless --any-language is given. Vietnamese in\n"
	      "Windows-1258, VISCII, TCVN3 or VNI (or VNI saved as UTF-8) is found,\n"
	      "named on stderr and converted (--encoding NAME to say which; --encoding\n"
	      "utf-8 refuses it instead).\n"
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
	cli_error("unknown command '%s' (try --help)", argv[1]);
	return EXIT_USAGE;
}
