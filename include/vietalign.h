/*
 * vietalign.h - sentence alignment of Vietnamese and English translations.
 *
 * The one public header of libvietalign. Every public name starts with
 * `vietalign_` (functions, types) or `VIETALIGN_` (macros, constants).
 *
 * The life of an alignment:
 *
 *   vietalign_aligner  holds the options and the last error message. Create
 *                      one with vietalign_aligner_new(); it may be reused for
 *                      any number of documents.
 *   vietalign_doc      one text split into paragraphs and sentences, each
 *                      with its byte span in the input.
 *   vietalign_alignment the monotone alignment of a Vietnamese document with
 *                      an English one: a list of beads (1-1, 1-2, 2-1, 1-0 …),
 *                      each with a confidence score in [0, 1].
 *   vietalign_alignment_write*() writes it as TMX 1.4, TSV or JSON Lines.
 *
 * Errors: every function that can fail returns an int, 0 (VIETALIGN_OK) on
 * success and a negative vietalign_error_code otherwise; the aligner passed to
 * it then holds a readable message (vietalign_aligner_last_error()).
 *
 * Threads: the library has no global mutable state. Distinct aligners (and
 * the documents and alignments made with them) may be used from different
 * threads at the same time; one aligner must not be used by two threads at
 * once. Documents and alignments are read-only once made, and may be read
 * from any number of threads.
 */
#ifndef VIETALIGN_H
#define VIETALIGN_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(VIETALIGN_BUILDING) && defined(__GNUC__)
#define VIETALIGN_EXTERN __attribute__((visibility("default")))
#else
#define VIETALIGN_EXTERN
#endif

/* ---------------------------------------------------------------- version */

#define VIETALIGN_VERSION_MAJOR 0
#define VIETALIGN_VERSION_MINOR 1
#define VIETALIGN_VERSION_PATCH 0
#define VIETALIGN_VERSION "0.1.0"

/** The library's version string, e.g. "0.1.0" (may differ from the header's
 *  VIETALIGN_VERSION when a program runs against a newer shared library). */
VIETALIGN_EXTERN const char *vietalign_version(void);

/* ----------------------------------------------------------------- errors */

typedef enum {
	VIETALIGN_OK = 0,
	VIETALIGN_ERROR = -1,      /**< generic failure */
	VIETALIGN_EINVALID = -2,   /**< a bad argument (NULL, unknown option) */
	VIETALIGN_ENOMEM = -3,     /**< out of memory */
	VIETALIGN_EUTF8 = -4,      /**< input is not valid UTF-8 */
	VIETALIGN_EIO = -5,        /**< reading or writing a file failed */
	VIETALIGN_EEMPTY = -6,     /**< input holds no text */
	VIETALIGN_EVERSION = -7,   /**< options struct of an unknown version */
	VIETALIGN_EICU = -8,       /**< ICU reported an error */
	VIETALIGN_ECALLBACK = -9   /**< a caller's write callback failed */
} vietalign_error_code;

/** A short constant English name for an error code ("invalid UTF-8" …). */
VIETALIGN_EXTERN const char *vietalign_error_name(int code);

/* -------------------------------------------------------------- languages */

typedef enum {
	VIETALIGN_LANG_VI = 0,
	VIETALIGN_LANG_EN = 1
} vietalign_lang;

/** "vi" or "en"; NULL for anything else. */
VIETALIGN_EXTERN const char *vietalign_lang_code(vietalign_lang lang);

/** Parses "vi"/"en" (also "vi-VN", "en-US" …) into *out. */
VIETALIGN_EXTERN int vietalign_lang_parse(vietalign_lang *out, const char *code);

/**
 * Tells whether UTF-8 text is Vietnamese or English by the share of its
 * Latin letters that carry a Vietnamese diacritic (about a third in
 * Vietnamese, next to none in English); *share (may be NULL) receives that
 * share. Returns VIETALIGN_EEMPTY when the text has under 20 letters.
 */
VIETALIGN_EXTERN int vietalign_lang_detect(vietalign_lang *out, double *share, const char *text, size_t len);

/* ---------------------------------------------------------------- options */

/** Which kinds of anchors (evidence both languages share) the score uses. */
#define VIETALIGN_ANCHOR_NUMBERS 0x1u /**< digit strings (12, 5,3 ↔ 5.3) */
#define VIETALIGN_ANCHOR_NAMES   0x2u /**< capitalised Latin-script names */
#define VIETALIGN_ANCHOR_PUNCT   0x4u /**< ? ! and quotes at sentence level */
#define VIETALIGN_ANCHOR_WORDS   0x8u /**< identifiers, URLs, file names and
                                           foreign words kept untranslated */
#define VIETALIGN_ANCHOR_LEXICON 0x10u /**< common words through the built-in
                                            Vietnamese–English word table */
#define VIETALIGN_ANCHOR_ALL     0x1Fu

#define VIETALIGN_OPTIONS_VERSION 3

/** length_ratio or length_variance: fitted to each pair (the default). */
#define VIETALIGN_LENGTH_FIT 0.0

/**
 * Options of an aligner. Always initialise with VIETALIGN_OPTIONS_INIT (or
 * vietalign_options_init()) and then change the fields you care about, so
 * that a program built against this header keeps working with later
 * versions of the library.
 *
 * One rule for every field: its default is the value VIETALIGN_OPTIONS_INIT
 * gives it, and every value means what it says (0 is never a stand-in for
 * the default: a paragraph_weight of 0 takes paragraphs out of the score).
 * vietalign_aligner_new() refuses a value outside a field's range with
 * VIETALIGN_EINVALID. Structs of versions 1 and 2 are still accepted, with
 * the rule of their time: 0 (skip_prior, margin, threads) or a negative
 * value (paragraph_weight, anchor_weight) asks for the default.
 */
typedef struct {
	unsigned int version;     /**< VIETALIGN_OPTIONS_VERSION */
	unsigned int anchors;     /**< VIETALIGN_ANCHOR_* bits; default ALL,
	                               0 = no anchors */
	double length_ratio;      /**< vi/en length ratio in characters, > 0,
	                               or VIETALIGN_LENGTH_FIT (default) */
	double length_variance;   /**< Gale–Church variance per character,
	                               > 0, or VIETALIGN_LENGTH_FIT (default) */
	double skip_prior;        /**< prior probability of a 1-0 or 0-1 bead,
	                               in (0, 1); default 0.02 */
	double paragraph_weight;  /**< cost of a bead that crosses a paragraph
	                               boundary on one side only, >= 0 (0:
	                               paragraphs left out); default 3 */
	double anchor_weight;     /**< scale of anchor evidence, >= 0 (0:
	                               anchors left out); default 1 */
	size_t margin;            /**< corridor margin in sentences, >= 1:
	                               margin rows and columns around the path
	                               of each coarse level, margin columns
	                               around the path of sentences; default 4 */
	/* version 2 added the two fields below */
	unsigned int search;      /**< VIETALIGN_SEARCH_*; default AUTO */
	unsigned int threads;     /**< threads, >= 1, that vietalign_doc_new()
	                               uses to split a long text (256 KB and
	                               more) into sentences, and that one
	                               alignment uses to read the anchors of a
	                               long document (4,096 sentences and
	                               more), build its tables, compute the
	                               bead costs and the posteriors' backward
	                               sums (the search proper stays on the
	                               calling thread); default 1: only the
	                               calling thread. Results do not depend
	                               on it. */
	/* version 3 added the two fields below */
	double parallel_threshold; /**< parallelism in [0, 1] below which
	                                vietalign_alignment_is_parallel() calls
	                                a pair not parallel; default 0.35 */
	int give_back_memory;     /**< 1: on a long pair (4,096 sentences and
	                               more), hand the allocator's free pages
	                               back to the system (glibc malloc_trim)
	                               as the alignment's large arrays come and
	                               go, which keeps its peak memory down but
	                               walks the whole process's heap; default
	                               0 (a library leaves the host's heap
	                               alone; the CLI turns it on) */
} vietalign_options;

/**
 * How much of the n x m lattice of sentence positions the search visits.
 * The corridor search costs time and memory linear in n + m: it aligns ever
 * coarser versions of the texts (neighbouring sentences merged two by two)
 * by length, projects each path onto the next finer level, and searches
 * only the cells near it, plus the paths between sentence pairs that share
 * a number, name or identifier found once in each text (so that a long
 * omission stays reachable), widening the corridor where the best path
 * runs along its edge. On the shared evaluation sets it finds the
 * alignments of the full search (see README).
 */
typedef enum {
	VIETALIGN_SEARCH_AUTO = 0,     /**< full up to 16,384 cells, else corridor */
	VIETALIGN_SEARCH_FULL = 1,     /**< always the whole lattice: O(n m) */
	VIETALIGN_SEARCH_CORRIDOR = 2  /**< always the corridor: O(n + m) */
} vietalign_search;

#define VIETALIGN_OPTIONS_INIT                                                                                 \
	{ VIETALIGN_OPTIONS_VERSION, VIETALIGN_ANCHOR_ALL, VIETALIGN_LENGTH_FIT, VIETALIGN_LENGTH_FIT, 0.02, 3.0, 1.0, 4, \
	  VIETALIGN_SEARCH_AUTO, 1, 0.35, 0 }

/**
 * Fills *opts with the defaults for the given version (1 to
 * VIETALIGN_OPTIONS_VERSION: the versions vietalign_aligner_new() accepts;
 * an older version's defaults follow the rule of its time).
 * @param opts the struct to fill
 * @param version the caller's VIETALIGN_OPTIONS_VERSION
 * @return 0, VIETALIGN_EINVALID for NULL, VIETALIGN_EVERSION for an
 *         unknown version
 */
VIETALIGN_EXTERN int vietalign_options_init(vietalign_options *opts, unsigned int version);

/* ---------------------------------------------------------------- aligner */

typedef struct vietalign_aligner vietalign_aligner;

/**
 * Creates an aligner. opts may be NULL for the defaults.
 * @param out receives the aligner (NULL on failure)
 * @param opts the options (copied), or NULL
 * @return 0; VIETALIGN_EVERSION when opts->version is unknown (versions 1
 *         to VIETALIGN_OPTIONS_VERSION are known); VIETALIGN_EINVALID when
 *         a field lies outside its range (see vietalign_options)
 */
VIETALIGN_EXTERN int vietalign_aligner_new(vietalign_aligner **out, const vietalign_options *opts);

/** Frees an aligner (NULL is allowed). Documents and alignments made with
 *  it stay valid. */
VIETALIGN_EXTERN void vietalign_aligner_free(vietalign_aligner *aligner);

/** The message of the last error this aligner saw ("" when none). The
 *  string is owned by the aligner and valid until its next call. */
VIETALIGN_EXTERN const char *vietalign_aligner_last_error(const vietalign_aligner *aligner);

/* -------------------------------------------------------------- documents */

typedef struct vietalign_doc vietalign_doc;

/** One sentence of a document. Offsets are bytes into the input text. */
typedef struct {
	size_t offset;        /**< start of the sentence text in the input */
	size_t length;        /**< its length in bytes in the input */
	size_t paragraph;     /**< index of its paragraph */
	size_t bullet_offset; /**< the list bullet before it ("•", "-", "3.") */
	size_t bullet_length; /**< 0 when the sentence has no bullet */
	const char *text;     /**< the sentence as NFC with runs of white space
	                           folded to one space, NUL-terminated; owned by
	                           the document */
	size_t text_length;   /**< strlen(text) */
} vietalign_sentence;

/** One paragraph: a run of sentences. */
typedef struct {
	size_t offset;         /**< byte offset of the paragraph in the input */
	size_t length;         /**< its length in bytes */
	size_t first_sentence; /**< index of its first sentence */
	size_t sentence_count; /**< how many sentences it holds */
} vietalign_paragraph;

/**
 * Splits text (len bytes of UTF-8, need not be NUL-terminated) into
 * paragraphs and sentences.
 *
 * Paragraphs break at blank lines; a line that starts with a list bullet,
 * and a short line standing alone (a heading), are paragraphs of their own.
 * Sentences come from ICU's sentence break iterator corrected by Vietnamese
 * and English abbreviation, number, URL and quotation rules.
 *
 * A UTF-8 byte order mark is skipped (offsets still count it). Returns
 * VIETALIGN_EUTF8 (the message gives the byte offset) for invalid UTF-8 and
 * VIETALIGN_EEMPTY when the text holds no sentence.
 */
VIETALIGN_EXTERN int vietalign_doc_new(vietalign_doc **out, vietalign_aligner *aligner,
                                       const char *text, size_t len, vietalign_lang lang);

/** Frees a document (NULL is allowed). */
VIETALIGN_EXTERN void vietalign_doc_free(vietalign_doc *doc);

/** The document's language. */
VIETALIGN_EXTERN vietalign_lang vietalign_doc_lang(const vietalign_doc *doc);

/** Number of sentences / paragraphs. */
VIETALIGN_EXTERN size_t vietalign_doc_sentence_count(const vietalign_doc *doc);
VIETALIGN_EXTERN size_t vietalign_doc_paragraph_count(const vietalign_doc *doc);

/** Copies sentence i into *out; VIETALIGN_EINVALID when i is out of range. */
VIETALIGN_EXTERN int vietalign_doc_sentence(vietalign_sentence *out, const vietalign_doc *doc, size_t i);

/** Copies paragraph i into *out; VIETALIGN_EINVALID when i is out of range. */
VIETALIGN_EXTERN int vietalign_doc_paragraph(vietalign_paragraph *out, const vietalign_doc *doc, size_t i);

/**
 * Splits one text that holds both languages (a saved web page with a
 * Vietnamese translation and its English original, header and footer
 * included) into its Vietnamese paragraphs and its English paragraphs, each
 * side in document order with blank lines between paragraphs. Each
 * paragraph is judged by its letters (vietalign_lang_detect()); one too
 * short to judge (a heading, a credit) goes with the paragraph before it.
 * *vi and *en are NUL-terminated buffers to free with
 * vietalign_buffer_free(); *vi_len and *en_len (may be NULL) get their
 * lengths. aligner (may be NULL) receives the error message.
 */
VIETALIGN_EXTERN int vietalign_text_split(char **vi, size_t *vi_len, char **en, size_t *en_len,
                                          vietalign_aligner *aligner, const char *text, size_t len);

/* ------------------------------------------------------------- alignment */

typedef struct vietalign_alignment vietalign_alignment;

/** One bead: vi_count Vietnamese sentences matched with en_count English
 *  ones (either count may be 0: an omission or an addition). */
typedef struct {
	size_t vi_first;  /**< index of the first Vietnamese sentence */
	size_t vi_count;
	size_t en_first;  /**< index of the first English sentence */
	size_t en_count;
	double score;     /**< confidence in [0, 1] that the bead is right */
} vietalign_bead;

/**
 * Aligns a Vietnamese document with an English one. Both documents must
 * outlive the alignment, which refers to them.
 *
 * The alignment belongs to the aligner that aligns: its options (anchor
 * kinds, weights, search) and its word and place tables decide it, not
 * those of the aligner that made the documents. Documents made by any
 * aligner thus align the same under one aligner; only the segmentation is
 * the maker's (it has no options).
 * @param out receives the alignment
 * @param aligner the aligner whose options and tables align
 * @param vi a Vietnamese document, en an English one
 * @return 0 or a vietalign_error_code (message in the aligner)
 */
VIETALIGN_EXTERN int vietalign_align(vietalign_alignment **out, vietalign_aligner *aligner,
                                     const vietalign_doc *vi, const vietalign_doc *en);

/** Frees an alignment (NULL is allowed). */
VIETALIGN_EXTERN void vietalign_alignment_free(vietalign_alignment *alignment);

/** Number of beads, in document order. */
VIETALIGN_EXTERN size_t vietalign_alignment_bead_count(const vietalign_alignment *alignment);

/** Copies bead i into *out; VIETALIGN_EINVALID when i is out of range. */
VIETALIGN_EXTERN int vietalign_alignment_bead(vietalign_bead *out, const vietalign_alignment *alignment, size_t i);

/**
 * How much the two documents look like translations of each other, in
 * [0, 1]: the share of all sentences that sit in two-sided beads, each
 * weighted by its bead's score. Translations score near 1 (the corpus pair:
 * 0.96); two articles on the same story that are not translations score low
 * (0.05 to 0.26 for the seeds). Below the options' parallel_threshold
 * (0.35 by default), treat the pair as not parallel: see
 * vietalign_alignment_is_parallel().
 */
VIETALIGN_EXTERN double vietalign_alignment_parallelism(const vietalign_alignment *alignment);

/**
 * Whether an alignment's documents look like translations of each other:
 * vietalign_alignment_parallelism() at least the aligner's
 * parallel_threshold (0.35 by default: short translated pages with
 * omissions stay above 0.44 in the shared evaluation sets, the seeds'
 * articles on the same story below 0.26).
 * @param aligner whose options give the threshold
 * @param alignment the alignment
 * @return 1 when parallel, 0 when not (or when either is NULL)
 */
VIETALIGN_EXTERN int vietalign_alignment_is_parallel(const vietalign_aligner *aligner,
                                                     const vietalign_alignment *alignment);

/** The documents an alignment was made from. */
VIETALIGN_EXTERN const vietalign_doc *vietalign_alignment_vi(const vietalign_alignment *alignment);
VIETALIGN_EXTERN const vietalign_doc *vietalign_alignment_en(const vietalign_alignment *alignment);

/* ---------------------------------------------------------------- anchors */

/** An anchor: a number, date, name, identifier or table word of a sentence,
 *  which a translation keeps. A phrase of the built-in word or place table
 *  is one anchor however many English renderings the table gives it (it
 *  matches any of them, once); its value is the phrase as written. */
typedef struct {
	unsigned int kind;  /**< one VIETALIGN_ANCHOR_* bit; 0 in an empty slot */
	size_t sentence;    /**< index of its sentence in its document */
	size_t offset;      /**< its span in that sentence's text
	                         (vietalign_sentence.text), in bytes */
	size_t length;
	const char *value;  /**< its normalised value, the same for both
	                         languages: "5.3%" for 5,3% and 5.3%,
	                         "65000000000" for 65 tỷ and $65 billion,
	                         "D:2025-01-28", "T:15:00", "W:1" (Monday),
	                         "le trung nghia"; owned by the document */
	int weak;           /**< 1 for an ordinary word or a table phrase,
	                         whose absence on the other side says little */
	size_t input_offset; /**< its span in the caller's input text, in
	                         bytes from the input's start (the item as
	                         written: "600 tỷ USD", before NFC and white
	                         space folding) */
	size_t input_length;
} vietalign_anchor;

/** Number of anchors of sentence `sentence` (0 when out of range, or when
 *  memory runs out). The kinds found are those of the options of the
 *  aligner that made the document (an alignment reads its own, with the
 *  aligning aligner's kinds and tables: see vietalign_align()). A document reads a sentence's anchors the
 *  first time they are asked for (here, vietalign_doc_anchor() or an
 *  anchor report) and keeps them until it is freed; an alignment reads
 *  the anchors it needs on its own and does not keep them. Either is safe
 *  from several threads at once, and a document may outlive the aligner
 *  that made it. */
VIETALIGN_EXTERN size_t vietalign_doc_anchor_count(const vietalign_doc *doc, size_t sentence);

/** Copies anchor i of sentence `sentence` into *out; VIETALIGN_ENOMEM when
 *  the sentence's anchors cannot be read. */
VIETALIGN_EXTERN int vietalign_doc_anchor(vietalign_anchor *out, const vietalign_doc *doc, size_t sentence,
                                          size_t i);

/** One line of a bead's anchor report: a Vietnamese anchor and the English
 *  one it matched, or one side alone (the other's kind is 0). */
typedef struct {
	vietalign_anchor vi;
	vietalign_anchor en;
} vietalign_anchor_match;

/**
 * Reports the anchors of bead `bead`: first the matched pairs, then the
 * anchors of either side without counterpart. Left out of that part are
 * those whose absence proves nothing: weak words, a sentence's first word,
 * Vietnamese words (which English translates), and anchors inside a matched
 * one ("Monday" when the weekday matched). *out is an array of *count entries
 * (NULL when 0) to free with vietalign_anchor_matches_free(). A 1-0 or 0-1
 * bead lists its anchors as unmatched. The kinds listed are those the
 * alignment used (the aligning aligner's) among those the documents found
 * (their maker's): all of them when one aligner did both.
 */
VIETALIGN_EXTERN int vietalign_alignment_bead_anchors(vietalign_anchor_match **out, size_t *count,
                                                      const vietalign_alignment *alignment, size_t bead);

/** Frees the array of vietalign_alignment_bead_anchors() (NULL is allowed). */
VIETALIGN_EXTERN void vietalign_anchor_matches_free(vietalign_anchor_match *matches);

/* ----------------------------------------------------------------- checks */

/** How much a finding matters: an error is a fault of the translation
 *  (a sentence or a number lost), a warning most likely one, a note a
 *  matter of form a reviewer may accept. */
typedef enum {
	VIETALIGN_SEVERITY_NOTE = 0,
	VIETALIGN_SEVERITY_WARNING = 1,
	VIETALIGN_SEVERITY_ERROR = 2
} vietalign_severity;

/** A glossary entry: `source` (English) must be translated as `target`
 *  (Vietnamese), or, with `forbidden`, `target` must not appear at all
 *  (source may then be NULL). Matched case-insensitively, as words. */
typedef struct {
	const char *source;
	const char *target;
	int forbidden;
} vietalign_term;

#define VIETALIGN_CHECK_OPTIONS_VERSION 1

/** Options of vietalign_check(). Initialise with
 *  VIETALIGN_CHECK_OPTIONS_INIT, then change the fields you need. */
typedef struct {
	unsigned int version;     /**< VIETALIGN_CHECK_OPTIONS_VERSION */
	vietalign_lang source;    /**< the original: its sentences missing
	                               from the other side are omissions;
	                               default VIETALIGN_LANG_EN */
	vietalign_severity min_severity; /**< findings below it are left out;
	                               default VIETALIGN_SEVERITY_NOTE (all) */
	const vietalign_term *terms; /**< the glossary, or NULL */
	size_t term_count;
	const char *vi_input;     /**< the Vietnamese input the document was
	                               made from (optional: white space checks
	                               need it), vi_input_length bytes */
	size_t vi_input_length;
	const char *en_input;     /**< the same for the English */
	size_t en_input_length;
} vietalign_check_options;

#define VIETALIGN_CHECK_OPTIONS_INIT \
	{ VIETALIGN_CHECK_OPTIONS_VERSION, VIETALIGN_LANG_EN, VIETALIGN_SEVERITY_NOTE, NULL, 0, NULL, 0, NULL, 0 }

/** One side of a finding. */
typedef struct {
	int present;          /**< 0 when the finding has nothing on this side */
	size_t sentence;      /**< the sentence holding the item */
	size_t offset;        /**< the item in the caller's input, in bytes
	                           (the number, the name; the sentence when the
	                           finding is about the whole sentence) */
	size_t length;
	const char *item;     /**< the item as written ("600 tỷ USD"; NFC,
	                           spaces folded), "" for a whole sentence */
	const char *text;     /**< the text of the bead on this side */
} vietalign_finding_side;

/** One problem found. The strings are owned by the findings. */
typedef struct {
	size_t size;          /**< sizeof the library's vietalign_finding:
	                           fields are only ever added at the end */
	const char *kind;     /**< "omission", "addition", "number", "name",
	                           "untranslated", "length", "punctuation",
	                           "quotes", "brackets", "spaces",
	                           "repeated-word", "identifier", "term",
	                           "forbidden-term", "inconsistent" */
	vietalign_severity severity;
	size_t bead;          /**< the bead it is in */
	const char *message;  /**< one line for a reviewer, naming both items */
	vietalign_finding_side vi, en;
} vietalign_finding;

typedef struct vietalign_findings vietalign_findings;

/**
 * Checks a translation as a reviewer would: sentences left out or added,
 * numbers and names changed, sentences left untranslated, lengths far from
 * the rest, terms against a glossary, consistency over the document, and
 * form (final punctuation, quotes and brackets, spaces, repeated words,
 * URLs and identifiers). One finding per fault, naming both sides.
 * @param out receives the findings, to free with vietalign_findings_free()
 * @param alignment what to check
 * @param opts the options, or NULL for VIETALIGN_CHECK_OPTIONS_INIT
 * @return VIETALIGN_OK, VIETALIGN_EINVALID (NULL argument, unknown
 *         options version) or VIETALIGN_ENOMEM
 */
VIETALIGN_EXTERN int vietalign_check(vietalign_findings **out, const vietalign_alignment *alignment,
                                     const vietalign_check_options *opts);

/** The number of findings. @param findings from vietalign_check() */
VIETALIGN_EXTERN size_t vietalign_findings_count(const vietalign_findings *findings);

/** Finding i (in bead order), or NULL when i is out of range.
 *  @param findings from vietalign_check() @param i its index */
VIETALIGN_EXTERN const vietalign_finding *vietalign_findings_get(const vietalign_findings *findings, size_t i);

/** Frees the findings (NULL is allowed). @param findings to free */
VIETALIGN_EXTERN void vietalign_findings_free(vietalign_findings *findings);

/* ---------------------------------------------------------------- writers */

typedef enum {
	VIETALIGN_FORMAT_TMX = 0,   /**< TMX 1.4, one <tu> per two-sided bead */
	VIETALIGN_FORMAT_TSV = 1,   /**< vi<TAB>en<TAB>score per line */
	VIETALIGN_FORMAT_JSONL = 2  /**< one JSON object per bead */
} vietalign_format;

/** Parses "tmx", "tsv" or "jsonl" into *out. */
VIETALIGN_EXTERN int vietalign_format_parse(vietalign_format *out, const char *name);

#define VIETALIGN_WRITE_OPTIONS_VERSION 1

typedef struct {
	unsigned int version;     /**< VIETALIGN_WRITE_OPTIONS_VERSION */
	vietalign_format format;  /**< default TMX */
	vietalign_lang srclang;   /**< the TMX source language; default vi */
	double min_score;         /**< beads scoring below are left out; default 0 */
	int one_sided;            /**< TSV/JSONL: also write 1-0 and 0-1 beads
	                               (TMX never holds them); default 0 */
	time_t creation_date;     /**< TMX creationdate; 0 = now */
} vietalign_write_options;

#define VIETALIGN_WRITE_OPTIONS_INIT \
	{ VIETALIGN_WRITE_OPTIONS_VERSION, VIETALIGN_FORMAT_TMX, VIETALIGN_LANG_VI, 0.0, 0, 0 }

/** Fills *opts with the defaults for the given version. */
VIETALIGN_EXTERN int vietalign_write_options_init(vietalign_write_options *opts, unsigned int version);

/**
 * Receives output bytes. Returns 0 on success; anything else stops the
 * writer, which then returns VIETALIGN_ECALLBACK.
 */
typedef int (*vietalign_write_fn)(const char *data, size_t len, void *payload);

/**
 * Writes an alignment through a callback. opts may be NULL (TMX).
 *
 * A long alignment (4096 beads and more) is formatted on as many threads
 * as the aligner's options give (aligner may be NULL: one thread), in
 * chunks of beads; the callback is still called from the calling thread
 * only, in order, and receives the bytes one thread would give. The same
 * holds for the two functions below.
 */
VIETALIGN_EXTERN int vietalign_alignment_write(vietalign_aligner *aligner, const vietalign_alignment *alignment,
                                               const vietalign_write_options *opts,
                                               vietalign_write_fn fn, void *payload);

/**
 * Writes an alignment to a file: first to a temporary file beside path, then
 * renamed over it, so that a failure (a full disk, a bad path) never leaves
 * a half-written file at path.
 */
VIETALIGN_EXTERN int vietalign_alignment_write_file(vietalign_aligner *aligner, const vietalign_alignment *alignment,
                                                    const vietalign_write_options *opts, const char *path);

/**
 * Writes an alignment into a new malloc()ed NUL-terminated buffer; *out_len
 * (may be NULL) receives its length. Free it with vietalign_buffer_free().
 */
VIETALIGN_EXTERN int vietalign_alignment_write_buffer(char **out, size_t *out_len, vietalign_aligner *aligner,
                                                      const vietalign_alignment *alignment,
                                                      const vietalign_write_options *opts);

/** Frees a buffer returned by the library (NULL is allowed). */
VIETALIGN_EXTERN void vietalign_buffer_free(char *buffer);

#ifdef __cplusplus
}
#endif

#endif /* VIETALIGN_H */
