/**
 * @file vietalign.h
 * @brief Sentence alignment of Vietnamese and English translations.
 *
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
 * Structs and versions (one rule for every public struct): a struct that
 * carries data between a caller and the library begins with
 * `unsigned int version` and has its VIETALIGN_*_VERSION (its layout's
 * version) and VIETALIGN_*_INIT macros. Fields are only ever added
 * at the end of a struct, with a new version, so that a program built
 * against this header keeps working with a later library:
 *
 *   - a struct you give the library (options, a TMX unit to write) or ask
 *     it to fill (a sentence, a bead, an anchor …): initialise it with its
 *     _INIT macro, which sets version. The library reads, or writes, only
 *     the fields of that version, and never the bytes after them; a
 *     version it does not know is refused with VIETALIGN_EVERSION and the
 *     struct left as it was.
 *   - a struct the library hands you by pointer (a finding of
 *     vietalign_findings_get(), the unit a TMX reader passes its
 *     callback): the library sets version to its own; read a field that
 *     a later version added only when version is at least that version.
 *
 * A struct that is part of another (vietalign_finding_side within
 * vietalign_finding, the vietalign_term array of vietalign_check_options)
 * has no version of its own: the outer struct's covers it, and it never
 * grows (what a later version adds goes at the end of the outer struct). The library
 * returns no array of structs (whose stride would change with a field):
 * it gives them one at a time through accessors instead. Every struct has
 * a tag (`struct vietalign_bead`), so callers may forward-declare it.
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

/** Marks the public functions: exported from the shared library. */
#if defined(VIETALIGN_BUILDING) && defined(__GNUC__)
#define VIETALIGN_EXTERN __attribute__((visibility("default")))
#else
#define VIETALIGN_EXTERN
#endif

/* ---------------------------------------------------------------- version */

#define VIETALIGN_VERSION_MAJOR 0 /**< the header's major version */
#define VIETALIGN_VERSION_MINOR 1 /**< the header's minor version */
#define VIETALIGN_VERSION_PATCH 0 /**< the header's patch level */
#define VIETALIGN_VERSION "0.1.0" /**< the header's version string */

/** The library's version string.
 *  @return "0.1.0" …, which may differ from the header's VIETALIGN_VERSION
 *          when a program runs against a newer shared library */
VIETALIGN_EXTERN const char *vietalign_version(void);

/* ----------------------------------------------------------------- errors */

/** What the functions that can fail return. */
typedef enum vietalign_error_code {
	VIETALIGN_OK = 0,             /**< success */
	VIETALIGN_ERROR = -1,         /**< generic failure */
	VIETALIGN_EINVALID = -2,      /**< a bad argument (NULL, unknown option) */
	VIETALIGN_ENOMEM = -3,        /**< out of memory */
	VIETALIGN_EUTF8 = -4,         /**< input is not valid UTF-8 */
	VIETALIGN_EIO = -5,           /**< reading or writing a file failed */
	VIETALIGN_EEMPTY = -6,        /**< input holds no text */
	VIETALIGN_EVERSION = -7,      /**< a struct of an unknown version (see
	                                  "Structs and versions") */
	VIETALIGN_EICU = -8,          /**< ICU reported an error */
	VIETALIGN_ECALLBACK = -9,     /**< a caller's write callback failed */
	VIETALIGN_EPARSE = -10,       /**< a malformed file (a dictionary); the
	                                message names it and the line */
	VIETALIGN_EUNSUPPORTED = -11, /**< the library was built without what
	                                  this needs (libxml2 for reading TMX) */
	VIETALIGN_ECANCELED = -12     /**< the progress callback asked to stop */
} vietalign_error_code;

/** A short constant English name for an error code.
 *  @param code a vietalign_error_code
 *  @return "invalid UTF-8" …, static; "error" for another code */
VIETALIGN_EXTERN const char *vietalign_error_name(int code);

/* -------------------------------------------------------------- languages */

/** The two languages aligned. */
typedef enum vietalign_lang {
	VIETALIGN_LANG_VI = 0, /**< Vietnamese */
	VIETALIGN_LANG_EN = 1  /**< English */
} vietalign_lang;

/** A language's code.
 *  @param lang the language
 *  @return "vi" or "en", static; NULL for anything else */
VIETALIGN_EXTERN const char *vietalign_lang_code(vietalign_lang lang);

/** Parses a language code.
 *  @param out receives the language
 *  @param code "vi" or "en" (also "vi-VN", "en-US" …, in any case)
 *  @return 0, or VIETALIGN_EINVALID for another code or NULL */
VIETALIGN_EXTERN int vietalign_lang_parse(vietalign_lang *out, const char *code);

/**
 * Tells whether UTF-8 text is Vietnamese or English by the share of its
 * Latin letters that carry a Vietnamese diacritic (about a third in
 * Vietnamese, next to none in English). Of a text over 2 MB, the letters
 * of 64 windows of 16 KB spread evenly through it are counted (1 MB: the
 * share is then known to well under a point, and a long file is checked
 * in the time of a short one).
 * @param out receives the language
 * @param share receives that share (may be NULL)
 * @param text the text (need not be NUL-terminated)
 * @param len its length in bytes
 * @return 0; VIETALIGN_EEMPTY when the text has under 20 letters;
 *         VIETALIGN_EINVALID for NULL
 */
VIETALIGN_EXTERN int vietalign_lang_detect(vietalign_lang *out, double *share, const char *text, size_t len);

/* ---------------------------------------------------------------- options */

/** Which kinds of anchors (evidence both languages share) the score uses. */
#define VIETALIGN_ANCHOR_NUMBERS 0x1u /**< digit strings (12, 5,3 ↔ 5.3) */
#define VIETALIGN_ANCHOR_NAMES 0x2u   /**< capitalised Latin-script names */
#define VIETALIGN_ANCHOR_PUNCT 0x4u   /**< ? ! and quotes at sentence level */
/** identifiers, URLs, file names and foreign words kept untranslated */
#define VIETALIGN_ANCHOR_WORDS 0x8u
/** common words through the built-in Vietnamese–English word table */
#define VIETALIGN_ANCHOR_LEXICON 0x10u
/** words that translate each other in this document pair: a table learned
 *  from the pairs a first alignment is sure of, used by a second one
 *  (documents of up to 20,000 sentences in all; longer pairs align once) */
#define VIETALIGN_ANCHOR_LEARNED 0x20u
/** every kind above */
#define VIETALIGN_ANCHOR_ALL 0x3Fu

/** The version of vietalign_options this header describes. */
#define VIETALIGN_OPTIONS_VERSION 4

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
typedef struct vietalign_options {
	unsigned int version;    /**< VIETALIGN_OPTIONS_VERSION */
	unsigned int anchors;    /**< VIETALIGN_ANCHOR_* bits; default ALL,
	                               0 = no anchors */
	double length_ratio;     /**< vi/en length ratio in characters, > 0,
	                               or VIETALIGN_LENGTH_FIT (default) */
	double length_variance;  /**< Gale–Church variance per character,
	                               > 0, or VIETALIGN_LENGTH_FIT (default) */
	double skip_prior;       /**< prior probability of a 1-0 or 0-1 bead,
	                               in (0, 1); default 0.02 */
	double paragraph_weight; /**< cost of a bead that crosses a paragraph
	                               boundary on one side only, >= 0 (0:
	                               paragraphs left out); default 3 */
	double anchor_weight;    /**< scale of anchor evidence, >= 0 (0:
	                               anchors left out); default 1 */
	size_t margin;           /**< corridor margin in sentences, >= 1:
	                               margin rows and columns around the path
	                               of each coarse level, margin columns
	                               around the path of sentences; default 4 */
	/* version 2 added the two fields below */
	unsigned int search;  /**< VIETALIGN_SEARCH_*; default AUTO */
	unsigned int threads; /**< threads, >= 1, that vietalign_doc_new()
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
	                                a pair not parallel; default 0.65 */
	int give_back_memory;      /**< 1: on a long pair (4,096 sentences and
	                               more), hand the allocator's free pages
	                               back to the system (glibc malloc_trim)
	                               as the alignment's large arrays come and
	                               go, which keeps its peak memory down but
	                               walks the whole process's heap; default
	                               0 (a library leaves the host's heap
	                               alone; the CLI turns it on) */
	/* version 4 added the field below */
	int cut_sentences; /**< 1: the search may cut a sentence at a soft
	                       boundary (". " before a lowercase word, ":",
	                       ";", a clause's end, a capitalised word in
	                       unpunctuated text) where the other side's
	                       pieces align there; the alignment's beads then
	                       index documents of the pieces as cut, owned by
	                       the alignment: read the sentences through
	                       vietalign_alignment_vi() and _en(), not the
	                       documents passed to vietalign_align(). Never
	                       cuts a presplit document's segments. Default 0
	                       (beads index the caller's documents); the CLI
	                       turns it on */
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
typedef enum vietalign_search {
	VIETALIGN_SEARCH_AUTO = 0,    /**< full up to 16,384 cells, else corridor */
	VIETALIGN_SEARCH_FULL = 1,    /**< always the whole lattice: O(n m) */
	VIETALIGN_SEARCH_CORRIDOR = 2 /**< always the corridor: O(n + m) */
} vietalign_search;

/** The defaults of every field of vietalign_options. */
#define VIETALIGN_OPTIONS_INIT \
	{ \
		VIETALIGN_OPTIONS_VERSION, VIETALIGN_ANCHOR_ALL, VIETALIGN_LENGTH_FIT, VIETALIGN_LENGTH_FIT, 0.02, \
			3.0, 1.0, 4, VIETALIGN_SEARCH_AUTO, 1, 0.65, 0, 0 \
	}

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

/** An aligner: options, word tables and the last error message (opaque). */
typedef struct vietalign_aligner vietalign_aligner;

/**
 * A progress callback (vietalign_aligner_set_progress()).
 * @param fraction the share of the running call's work done, in [0, 1]:
 *        never smaller than the last one the same call reported, and 1
 *        when the call is done
 * @param payload the pointer given with the callback
 * @return 0 to go on; nonzero to cancel: the call then stops soon, frees
 *         what it made and returns VIETALIGN_ECANCELED
 */
typedef int (*vietalign_progress_cb)(double fraction, void *payload);

/**
 * Creates an aligner. opts may be NULL for the defaults.
 * @param out receives the aligner (NULL on failure)
 * @param opts the options (copied), or NULL
 * @return 0; VIETALIGN_EVERSION when opts->version is unknown (versions 1
 *         to VIETALIGN_OPTIONS_VERSION are known); VIETALIGN_EINVALID when
 *         a field lies outside its range (see vietalign_options)
 */
VIETALIGN_EXTERN int vietalign_aligner_new(vietalign_aligner **out, const vietalign_options *opts);

/** Frees an aligner. Documents and alignments made with it stay valid.
 *  @param aligner the aligner (NULL is allowed) */
VIETALIGN_EXTERN void vietalign_aligner_free(vietalign_aligner *aligner);

/**
 * Sets the callback that reports the progress of this aligner's long
 * calls and may cancel them: vietalign_doc_new() (the segmentation) and
 * vietalign_align() (anchors, corridor, bead costs, search), each from 0
 * to 1 on its own. It is called at most about 600 times per call, from
 * whichever thread of the call made the progress, never from two at once;
 * it must not call the library with this aligner. A call that ends with an
 * error may not reach 1.
 * @param aligner the aligner
 * @param fn the callback, or NULL for none (the default)
 * @param payload passed to fn as is
 * @return 0, or VIETALIGN_EINVALID when aligner is NULL
 */
VIETALIGN_EXTERN int vietalign_aligner_set_progress(vietalign_aligner *aligner, vietalign_progress_cb fn,
                                                    void *payload);

/** The message of the last error this aligner saw.
 *  @param aligner the aligner
 *  @return the message ("" when none; "invalid argument" for a NULL
 *          aligner), owned by the aligner and valid until its next call */
VIETALIGN_EXTERN const char *vietalign_aligner_last_error(const vietalign_aligner *aligner);

/* ----------------------------------------------------------- dictionaries */

/** The formats of users' dictionaries and glossaries. */
typedef enum vietalign_dict_format {
	VIETALIGN_DICT_AUTO = 0,     /**< TBX when the file starts with markup,
	                                  hunalign's when its first entry holds
	                                  " @ " and no tab, else TSV */
	VIETALIGN_DICT_TSV = 1,      /**< vi<TAB>en[,en2...] per line (more
	                                  columns are ignored), # comments:
	                                  what vietalign_lexicon_builtin() gives */
	VIETALIGN_DICT_HUNALIGN = 2, /**< hunalign's: "english phrase @
	                                  vietnamese phrase" per line */
	VIETALIGN_DICT_TBX = 3       /**< TBX (TBX-Basic, TBX 2 termEntry or
	                                  TBX 3 conceptEntry; langSet/langSec
	                                  xml:lang vi* and en*): every
	                                  Vietnamese term of a concept gets all
	                                  its English terms. Needs libxml2. */
} vietalign_dict_format;

/** Parses the name of a dictionary format.
 *  @param out receives the format
 *  @param name "auto", "tsv", "hunalign" or "tbx"
 *  @return 0, or VIETALIGN_EINVALID for another name or NULL */
VIETALIGN_EXTERN int vietalign_dict_format_parse(vietalign_dict_format *out, const char *name);

/**
 * Adds the entries of a dictionary or glossary file to the aligner's word
 * table: each is an anchor as the built-in table's words are, a sentence
 * pair sharing the term scoring as sharing a word of the table (an entry
 * whose Vietnamese phrase the table has adds its renderings). Terms may
 * have up to 6 Vietnamese and 4 English words; the Vietnamese side is
 * matched in any case, the English one in any case and with plural and
 * -ed/-ing endings. Alignments made with the aligner afterwards use the
 * entries (and so do the anchors that vietalign_doc_anchor() reports for
 * documents it makes afterwards). Takes effect only with the
 * VIETALIGN_ANCHOR_LEXICON anchors (the default).
 *
 * @param aligner the aligner
 * @param path    the file
 * @param format  its format, or VIETALIGN_DICT_AUTO
 * @return VIETALIGN_EPARSE for a malformed file, with a message naming the
 *         file and line ("terms.tsv:12: empty English term"); VIETALIGN_EIO
 *         when it cannot be read. The aligner is unchanged on failure: a
 *         file is added whole or not at all.
 */
VIETALIGN_EXTERN int vietalign_aligner_add_dictionary(vietalign_aligner *aligner, const char *path,
                                                      vietalign_dict_format format);

/**
 * The same as vietalign_aligner_add_dictionary() from memory.
 * @param aligner the aligner
 * @param data    the bytes of the file
 * @param len     their number
 * @param name    names the file in error messages (NULL: "dictionary")
 * @param format  its format, or VIETALIGN_DICT_AUTO
 * @return as vietalign_aligner_add_dictionary()
 */
VIETALIGN_EXTERN int vietalign_aligner_add_dictionary_buffer(vietalign_aligner *aligner, const char *data, size_t len,
                                                             const char *name, vietalign_dict_format format);

#define VIETALIGN_LEXICON_WORDS 0 /**< common words (lowercase) */
/** countries, places, institutions, weekdays, months (case kept) */
#define VIETALIGN_LEXICON_PLACES 1

/**
 * A built-in table as compiled into the library, in the TSV dictionary
 * format (vi<TAB>en1,en2,... per line, # comments): a start for users'
 * glossaries.
 * @param table VIETALIGN_LEXICON_WORDS or VIETALIGN_LEXICON_PLACES
 * @param len receives its length in bytes (may be NULL)
 * @return the table, static and not NUL-terminated; NULL for an unknown
 *         table
 */
VIETALIGN_EXTERN const char *vietalign_lexicon_builtin(unsigned table, size_t *len);

/**
 * Names the language of UTF-8 text: Vietnamese (with or without its
 * diacritics), English, or one of some thirty others (German, French,
 * Spanish, Italian, Portuguese, Dutch, Indonesian, Malay, Tagalog, Chinese,
 * Japanese, Korean, Thai, Khmer, Lao, Russian …), by libexttextcat's
 * character n-gram fingerprints. Another language is named only for a text
 * of 200 letters or more whose fingerprint is clearly closer than both
 * Vietnamese's and English's; a shorter text is Vietnamese or English.
 * The fingerprints are read on the aligner's first call. Of a text over
 * 2 MB, the letters of 1 MB spread through it are counted (as
 * vietalign_lang_detect() does).
 *
 * @param code    receives an ISO 639-1 code ("vi", "en", "de" …), static
 * @param name    receives its English name ("German"), static; may be NULL
 * @param aligner the aligner that keeps the fingerprints and the message
 * @param text    the text (need not be NUL-terminated)
 * @param len     its length in bytes
 * @return VIETALIGN_OK; VIETALIGN_EEMPTY under 20 letters; VIETALIGN_EIO
 *         when the fingerprints cannot be read (the message names the file)
 */
VIETALIGN_EXTERN int vietalign_lang_identify(const char **code, const char **name, vietalign_aligner *aligner,
                                             const char *text, size_t len);

/* -------------------------------------------------------------- documents */

/** A text split into paragraphs and sentences (opaque). */
typedef struct vietalign_doc vietalign_doc;

/** The version of vietalign_sentence this header describes. */
#define VIETALIGN_SENTENCE_VERSION 1

/** One sentence of a document, as vietalign_doc_sentence() fills it.
 *  Offsets are bytes into the input text. */
typedef struct vietalign_sentence {
	unsigned int version; /**< VIETALIGN_SENTENCE_VERSION, set by the
	                           caller (VIETALIGN_SENTENCE_INIT) */
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

/** A vietalign_sentence of this header's version, to be filled. */
#define VIETALIGN_SENTENCE_INIT \
	{ \
		VIETALIGN_SENTENCE_VERSION, 0, 0, 0, 0, 0, NULL, 0 \
	}

/** The version of vietalign_paragraph this header describes. */
#define VIETALIGN_PARAGRAPH_VERSION 1

/** One paragraph: a run of sentences (vietalign_doc_paragraph()). */
typedef struct vietalign_paragraph {
	unsigned int version;  /**< VIETALIGN_PARAGRAPH_VERSION, set by the
	                            caller (VIETALIGN_PARAGRAPH_INIT) */
	size_t offset;         /**< byte offset of the paragraph in the input */
	size_t length;         /**< its length in bytes */
	size_t first_sentence; /**< index of its first sentence */
	size_t sentence_count; /**< how many sentences it holds */
} vietalign_paragraph;

/** A vietalign_paragraph of this header's version, to be filled. */
#define VIETALIGN_PARAGRAPH_INIT \
	{ \
		VIETALIGN_PARAGRAPH_VERSION, 0, 0, 0, 0 \
	}

/**
 * Splits text (len bytes of UTF-8, need not be NUL-terminated) into
 * paragraphs and sentences.
 *
 * Paragraphs break at blank lines; a line that starts with a list bullet,
 * and a short line standing alone (a heading), are paragraphs of their own.
 * Sentences come from ICU's sentence break iterator corrected by Vietnamese
 * and English abbreviation, number, URL and quotation rules.
 *
 * A UTF-8 byte order mark is skipped (offsets still count it).
 *
 * The aligner is required (so are those of vietalign_doc_new_lines() and
 * vietalign_doc_new_segments()): it gives the threads, the progress
 * callback and the place of the error message, and the document keeps its
 * anchor kinds and word tables to read its own anchors with (the anchor
 * report, the parallelism and the checks read them). A document made
 * without one would silently find no anchors of its own, so NULL is
 * refused, with no message (there is nowhere to put one).
 *
 * @param out receives the document (NULL on failure), to free with
 *        vietalign_doc_free()
 * @param aligner the aligner (not NULL); the document may outlive it
 * @param text the text, UTF-8 (need not be NUL-terminated)
 * @param len its length in bytes
 * @param lang its language
 * @return 0; VIETALIGN_EINVALID for a NULL out or aligner, NULL text with
 *         len > 0 or an unknown language; VIETALIGN_EUTF8 for invalid
 *         UTF-8 (the message gives the byte offset); VIETALIGN_EEMPTY when
 *         the text holds no sentence; VIETALIGN_ECANCELED, VIETALIGN_ENOMEM,
 *         VIETALIGN_EICU
 */
VIETALIGN_EXTERN int vietalign_doc_new(vietalign_doc **out, vietalign_aligner *aligner, const char *text, size_t len,
                                       vietalign_lang lang);

/**
 * Makes a document from text holding one segment per line (hunalign's,
 * bleualign's and Moses' input): each non-blank line is one sentence,
 * never merged with its neighbours nor split again; a blank line, or a
 * line holding only "\<p>" (hunalign's convention), ends a paragraph.
 * Sentence offsets are the lines' spans in text, trimmed of white space.
 * @param out receives the document (NULL on failure)
 * @param aligner the aligner (not NULL: see vietalign_doc_new())
 * @param text the text, UTF-8 (need not be NUL-terminated)
 * @param len its length in bytes
 * @param lang its language
 * @return as vietalign_doc_new()
 */
VIETALIGN_EXTERN int vietalign_doc_new_lines(vietalign_doc **out, vietalign_aligner *aligner, const char *text,
                                             size_t len, vietalign_lang lang);

/**
 * Makes a document from segments already made (by a CAT tool's SRX rules,
 * say): each of segs[0, n) is one sentence as it stands, even when it holds
 * a line break; a NULL, empty or blank segment ends a paragraph.
 *
 * @param out  receives the document (NULL on failure)
 * @param aligner the aligner (not NULL: see vietalign_doc_new())
 * @param segs the segments, UTF-8
 * @param lens their lengths in bytes; NULL when each is NUL-terminated
 * @param n    how many
 * @param lang their language
 * @return 0; VIETALIGN_EUTF8 naming the segment (from 0) and the byte
 *         offset in it, VIETALIGN_EEMPTY when no segment holds text;
 *         otherwise as vietalign_doc_new()
 *
 * Sentence offsets count in the segments joined in order, each followed by
 * one '\n': segment i starts at the sum of (lens[j] + 1) for j < i.
 */
VIETALIGN_EXTERN int vietalign_doc_new_segments(vietalign_doc **out, vietalign_aligner *aligner,
                                                const char *const *segs, const size_t *lens, size_t n,
                                                vietalign_lang lang);

/**
 * Whether text is plainly one sentence per line, and so better read with
 * vietalign_doc_new_lines(): at least 3 lines, mostly with no blank line
 * between them, 80 % or more ending a sentence (. ! ? …), at most 5 % cut
 * mid-sentence (the next line going on in lowercase, as in prose
 * hard-wrapped near 72 columns) and at most a quarter holding more than
 * one sentence.
 * @param text the text (need not be NUL-terminated)
 * @param len its length in bytes
 * @return 1 or 0 (0 also for invalid UTF-8)
 */
VIETALIGN_EXTERN int vietalign_text_is_line_segmented(const char *text, size_t len);

/** Frees a document.
 *  @param doc the document (NULL is allowed) */
VIETALIGN_EXTERN void vietalign_doc_free(vietalign_doc *doc);

/** The document's language.
 *  @param doc the document
 *  @return its language (VIETALIGN_LANG_VI for NULL) */
VIETALIGN_EXTERN vietalign_lang vietalign_doc_lang(const vietalign_doc *doc);

/** The number of sentences of a document.
 *  @param doc the document
 *  @return its sentences (0 for NULL) */
VIETALIGN_EXTERN size_t vietalign_doc_sentence_count(const vietalign_doc *doc);

/** The number of paragraphs of a document.
 *  @param doc the document
 *  @return its paragraphs (0 for NULL) */
VIETALIGN_EXTERN size_t vietalign_doc_paragraph_count(const vietalign_doc *doc);

/** Copies sentence i of a document.
 *  @param out receives the fields of its version (VIETALIGN_SENTENCE_INIT)
 *  @param doc the document
 *  @param i the sentence, below vietalign_doc_sentence_count()
 *  @return 0; VIETALIGN_EINVALID for NULL or i out of range;
 *          VIETALIGN_EVERSION for an unknown out->version */
VIETALIGN_EXTERN int vietalign_doc_sentence(vietalign_sentence *out, const vietalign_doc *doc, size_t i);

/** The number of soft boundaries of sentence i of a document: places
 *  where its translation may start a new sentence, which the splitter does
 *  not cut but an alignment with cut_sentences may.
 *  @param doc the document
 *  @param i the sentence, below vietalign_doc_sentence_count()
 *  @return how many it holds; 0 for NULL, i out of range or a presplit
 *          document (its segments are never cut) */
VIETALIGN_EXTERN size_t vietalign_doc_soft_boundary_count(const vietalign_doc *doc, size_t i);

/** Soft boundary k of sentence i of a document.
 *  @param offset receives where the next piece starts in the sentence's
 *         text (vietalign_sentence.text), in bytes
 *  @param kind receives its kind, a static string: "stop" (". ? !" or a
 *         closing quote before a lowercase word), "colon" (":" or ";"),
 *         "clause" (a dash standing alone or a closing bracket), "capital"
 *         (a capitalised word after a lowercase one)
 *  @param doc the document
 *  @param i the sentence
 *  @param k the boundary, below vietalign_doc_soft_boundary_count()
 *  @return 0; VIETALIGN_EINVALID for NULL or i or k out of range */
VIETALIGN_EXTERN int vietalign_doc_soft_boundary(size_t *offset, const char **kind, const vietalign_doc *doc, size_t i,
                                                 size_t k);

/** Copies paragraph i of a document.
 *  @param out receives the fields of its version (VIETALIGN_PARAGRAPH_INIT)
 *  @param doc the document
 *  @param i the paragraph, below vietalign_doc_paragraph_count()
 *  @return 0; VIETALIGN_EINVALID for NULL or i out of range;
 *          VIETALIGN_EVERSION for an unknown out->version */
VIETALIGN_EXTERN int vietalign_doc_paragraph(vietalign_paragraph *out, const vietalign_doc *doc, size_t i);

/**
 * Splits one text that holds both languages (a saved web page with a
 * Vietnamese translation and its English original, header and footer
 * included) into its Vietnamese paragraphs and its English paragraphs, each
 * side in document order with blank lines between paragraphs. Each
 * paragraph is judged by its letters (vietalign_lang_detect()); one too
 * short to judge (a heading, a credit) goes with the paragraph before it.
 * @param vi receives the Vietnamese paragraphs, a NUL-terminated buffer
 *        to free with vietalign_buffer_free()
 * @param vi_len receives its length (may be NULL)
 * @param en receives the English paragraphs, as vi
 * @param en_len receives its length (may be NULL)
 * @param aligner receives the error message (may be NULL)
 * @param text the text, UTF-8 (need not be NUL-terminated)
 * @param len its length in bytes
 * @return 0; VIETALIGN_EINVALID for NULL, VIETALIGN_EUTF8,
 *         VIETALIGN_ENOMEM
 */
VIETALIGN_EXTERN int vietalign_text_split(char **vi, size_t *vi_len, char **en, size_t *en_len,
                                          vietalign_aligner *aligner, const char *text, size_t len);

/* ------------------------------------------------------------- alignment */

/** The alignment of two documents: a list of beads (opaque). */
typedef struct vietalign_alignment vietalign_alignment;

/** The version of vietalign_bead this header describes. */
#define VIETALIGN_BEAD_VERSION 1

/** One bead: vi_count Vietnamese sentences matched with en_count English
 *  ones (either count may be 0: an omission or an addition). */
typedef struct vietalign_bead {
	unsigned int version; /**< VIETALIGN_BEAD_VERSION, set by the caller
	                           (VIETALIGN_BEAD_INIT) */
	size_t vi_first;      /**< index of the first Vietnamese sentence */
	size_t vi_count;      /**< how many Vietnamese sentences (0: an addition) */
	size_t en_first;      /**< index of the first English sentence */
	size_t en_count;      /**< how many English sentences (0: an omission) */
	double score;         /**< confidence in [0, 1] that the bead is right */
} vietalign_bead;

/** A vietalign_bead of this header's version, to be filled. */
#define VIETALIGN_BEAD_INIT \
	{ \
		VIETALIGN_BEAD_VERSION, 0, 0, 0, 0, 0.0 \
	}

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
 * @param vi a Vietnamese document
 * @param en an English document
 * @return 0 or a vietalign_error_code (message in the aligner)
 */
VIETALIGN_EXTERN int vietalign_align(vietalign_alignment **out, vietalign_aligner *aligner, const vietalign_doc *vi,
                                     const vietalign_doc *en);

/** The version of vietalign_align_stats this header describes. */
#define VIETALIGN_ALIGN_STATS_VERSION 1

/** Where an alignment's time went, and how large its search was: for
 *  finding what grows with a document's length (bench/scale.py --shape). */
typedef struct vietalign_align_stats {
	unsigned int version;  /**< VIETALIGN_ALIGN_STATS_VERSION, set by the
	                            caller (VIETALIGN_ALIGN_STATS_INIT) */
	double anchors_s;      /**< reading each sentence's anchors (wall seconds) */
	double prepare_s;      /**< the anchor tables and the corridor */
	double costs_s;        /**< bead costs of the searches of the whole corridor */
	double sweeps_s;       /**< their Viterbi and forward-backward sweeps */
	double repairs_s;      /**< searching again where the path met the corridor's edge */
	size_t corridor_cells; /**< cells of the first corridor */
	size_t final_cells;    /**< cells of the corridor after the repairs */
	size_t window_cells;   /**< cells the repairs' windows searched */
	unsigned threads;      /**< threads it ran on: the options' `threads`, or
	                            1 for a pair too short to gain from more */
	/* the same phases in CPU seconds of the whole process, all threads
	 * (other threads of the caller included): what they cost on a
	 * machine busy with other work, whose wall times say little */
	double anchors_cpu_s; /**< anchors_s in CPU seconds, all threads */
	double prepare_cpu_s; /**< prepare_s in CPU seconds, all threads */
	double costs_cpu_s;   /**< costs_s in CPU seconds, all threads */
	double sweeps_cpu_s;  /**< sweeps_s in CPU seconds, all threads */
	double repairs_cpu_s; /**< repairs_s in CPU seconds, all threads */
} vietalign_align_stats;

/** A vietalign_align_stats of this header's version, to be filled. */
#define VIETALIGN_ALIGN_STATS_INIT \
	{ \
		VIETALIGN_ALIGN_STATS_VERSION, 0.0, 0.0, 0.0, 0.0, 0.0, 0, 0, 0, 0, 0.0, 0.0, 0.0, 0.0, 0.0 \
	}

/**
 * Copies the figures of how an alignment was made.
 * @param out receives the fields of its version
 *        (VIETALIGN_ALIGN_STATS_INIT)
 * @param alignment the alignment
 * @return 0; VIETALIGN_EINVALID for NULL; VIETALIGN_EVERSION for an
 *         unknown out->version
 */
VIETALIGN_EXTERN int vietalign_alignment_stats(vietalign_align_stats *out, const vietalign_alignment *alignment);

/** Frees an alignment.
 *  @param alignment the alignment (NULL is allowed) */
VIETALIGN_EXTERN void vietalign_alignment_free(vietalign_alignment *alignment);

/** The number of beads of an alignment, in document order.
 *  @param alignment the alignment
 *  @return its beads (0 for NULL) */
VIETALIGN_EXTERN size_t vietalign_alignment_bead_count(const vietalign_alignment *alignment);

/** Copies bead i of an alignment.
 *  @param out receives the fields of its version (VIETALIGN_BEAD_INIT)
 *  @param alignment the alignment
 *  @param i the bead, below vietalign_alignment_bead_count()
 *  @return 0; VIETALIGN_EINVALID for NULL or i out of range;
 *          VIETALIGN_EVERSION for an unknown out->version */
VIETALIGN_EXTERN int vietalign_alignment_bead(vietalign_bead *out, const vietalign_alignment *alignment, size_t i);

/** The version of vietalign_score_parts this header describes. */
#define VIETALIGN_SCORE_PARTS_VERSION 1

/**
 * What a bead's score is made of (vietalign_alignment_bead_score_parts()):
 * the terms of its cost in the search, its posterior, its anchors, and the
 * calibration that turns them into the score; what JSON Lines' "explain"
 * object holds, for a corpus builder to filter on. A two-sided bead's score
 * is 1 / (1 + e^-logit), logit the intercept plus the terms of the
 * calibration's features (vietalign_alignment_bead_feature()); a one-sided
 * bead's is its posterior.
 */
typedef struct vietalign_score_parts {
	unsigned int version; /**< VIETALIGN_SCORE_PARTS_VERSION, set by the
	                           caller (VIETALIGN_SCORE_PARTS_INIT) */
	double score;         /**< the bead's score (vietalign_bead.score) */
	double posterior;     /**< the search's probability of the bead over
	                           its corridor, before calibration */
	double prior;         /**< the cost of its shape (1-1, 2-1 …); the
	                           four cost terms are lower for a likelier
	                           bead */
	double length;        /**< the cost of its lengths (the length model) */
	double anchors;       /**< what missing anchors cost less what matched
	                           ones earn: negative when the anchors speak
	                           for the pair */
	double paragraph;     /**< the cost of the paragraph boundaries it
	                           crosses on one side only */
	size_t matched;       /**< its anchors found on both sides (the lines
	                           of vietalign_alignment_bead_anchors() with
	                           both sides) */
	size_t missed;        /**< its anchors without counterpart whose
	                           absence is evidence (the other lines) */
	size_t lexical;       /**< of the matched, those of the word tables
	                           and untranslated words: translation
	                           evidence beyond digits and names */
	int calibrated;       /**< 1 for a two-sided bead, whose score is the
	                           logistic function of its features; 0 for
	                           a 1-0 or 0-1 bead (score = posterior;
	                           next_to_omission, intercept and logit 0) */
	int next_to_omission; /**< 1 when a 1-0 or 0-1 bead lies beside it */
	double intercept;     /**< the calibration's intercept */
	double logit;         /**< intercept + the features' terms */
	int cut;              /**< 1 when the bead is a piece of one the
	                           search found, cut at soft boundaries
	                           (option cut_sentences): its prior and
	                           length are its own, its posterior and
	                           anchors term the search bead's */
} vietalign_score_parts;

/** A vietalign_score_parts of this header's version, to be filled. */
#define VIETALIGN_SCORE_PARTS_INIT \
	{ \
		VIETALIGN_SCORE_PARTS_VERSION, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, 0, 0, 0, 0, 0.0, 0.0, 0 \
	}

/**
 * Copies what bead i's score is made of. Its anchors are read again
 * (the time of vietalign_alignment_bead_anchors()).
 * @param out receives the fields of its version
 *        (VIETALIGN_SCORE_PARTS_INIT)
 * @param alignment the alignment
 * @param i the bead, below vietalign_alignment_bead_count()
 * @return 0; VIETALIGN_EINVALID for NULL or i out of range;
 *         VIETALIGN_EVERSION for an unknown out->version (out left as it
 *         was); VIETALIGN_ENOMEM when its anchors cannot be read
 */
VIETALIGN_EXTERN int vietalign_alignment_bead_score_parts(vietalign_score_parts *out,
                                                          const vietalign_alignment *alignment, size_t i);

/** The number of features the calibration of a two-sided bead's score
 *  weighs (12 in this version of the library; it may grow).
 *  @return their number */
VIETALIGN_EXTERN size_t vietalign_score_feature_count(void);

/** The version of vietalign_score_feature this header describes. */
#define VIETALIGN_SCORE_FEATURE_VERSION 1

/** One feature of a bead's calibration (vietalign_alignment_bead_feature()). */
typedef struct vietalign_score_feature {
	unsigned int version; /**< VIETALIGN_SCORE_FEATURE_VERSION, set by the
	                           caller (VIETALIGN_SCORE_FEATURE_INIT) */
	const char *name;     /**< its name, static: "posterior",
	                           "length", "boundary" … (the keys of JSON
	                           Lines' "features"; README, Scores) */
	double value;         /**< its value for the bead */
	double coefficient;   /**< its weight in the calibration */
	double term;          /**< value times coefficient: what it adds to
	                           the bead's logit */
} vietalign_score_feature;

/** A vietalign_score_feature of this header's version, to be filled. */
#define VIETALIGN_SCORE_FEATURE_INIT \
	{ \
		VIETALIGN_SCORE_FEATURE_VERSION, NULL, 0.0, 0.0, 0.0 \
	}

/**
 * Copies feature k of the calibration of two-sided bead i.
 * @param out receives the fields of its version
 *        (VIETALIGN_SCORE_FEATURE_INIT)
 * @param alignment the alignment
 * @param i the bead, below vietalign_alignment_bead_count()
 * @param k the feature, below vietalign_score_feature_count()
 * @return 0; VIETALIGN_EINVALID for NULL, i or k out of range, or a
 *         one-sided bead (its score is not calibrated: see
 *         vietalign_score_parts.calibrated); VIETALIGN_EVERSION for an
 *         unknown out->version (out left as it was)
 */
VIETALIGN_EXTERN int vietalign_alignment_bead_feature(vietalign_score_feature *out,
                                                      const vietalign_alignment *alignment, size_t i, size_t k);

/**
 * How much the two documents look like translations of each other, in
 * [0, 1]: the share of all sentences that sit in two-sided beads, times
 * how far the beads' anchors (numbers, names, identifiers, words of the
 * built-in word table) agree beyond chance, measured against a null model:
 * the same agreement with each bead's Vietnamese put beside the English of
 * the beads that follow it (the same genre, terms and lengths, not a
 * translation); full weight from 0.30 above it, or less in a document of
 * more than 30 beads (down to 0.15), whose agreements move less by chance.
 * Translations score near 1; a page aligned with the next page of the same
 * manual, or two talks, score low (shared evaluation sets: true pairs
 * 0.667 and above, wrong pairs 0.637 and below). A document of under
 * six two-sided beads cannot support the null model: its beads'
 * agreement is read against a fixed chance level, leniently. Where the
 * anchors say too little, the pairs speak: the parallelism is at least
 * the share of beads that are two-sided and scored 0.9 or more, when
 * three or more are two-sided and their length ratios agree (a standard
 * deviation of log ratios of 0.20 at most). Below the options' parallel_threshold
 * (0.65 by default), treat the pair as not parallel: see
 * vietalign_alignment_is_parallel().
 * @param alignment the alignment
 * @return the parallelism; 0 for NULL
 */
VIETALIGN_EXTERN double vietalign_alignment_parallelism(const vietalign_alignment *alignment);

/**
 * Whether an alignment's documents look like translations of each other:
 * vietalign_alignment_parallelism() at least the aligner's
 * parallel_threshold (0.65 by default: see
 * vietalign_alignment_parallelism()).
 * @param aligner whose options give the threshold
 * @param alignment the alignment
 * @return 1 when parallel, 0 when not (or when either is NULL)
 */
VIETALIGN_EXTERN int vietalign_alignment_is_parallel(const vietalign_aligner *aligner,
                                                     const vietalign_alignment *alignment);

/** The Vietnamese document an alignment's beads index: the one it was
 *  made from or, with the option cut_sentences, a document of its
 *  sentences cut where the search cut them (owned by the alignment, freed
 *  with it).
 *  @param alignment the alignment
 *  @return the document (NULL for NULL) */
VIETALIGN_EXTERN const vietalign_doc *vietalign_alignment_vi(const vietalign_alignment *alignment);

/** The English document an alignment's beads index (see
 *  vietalign_alignment_vi()).
 *  @param alignment the alignment
 *  @return the document (NULL for NULL) */
VIETALIGN_EXTERN const vietalign_doc *vietalign_alignment_en(const vietalign_alignment *alignment);

/* ---------------------------------------------------------------- learner */

/**
 * A word table learned across many document pairs (opaque): the sentence
 * pairs that alignments are sure of (1-1 beads scored at least 0.9) are
 * gathered, in the order they are added, up to 200,000 pairs; once
 * finished, the learner holds, for each Vietnamese syllable or pair of
 * syllables, the English stem it co-occurs with best over those pairs
 * (Dice). Aligners then given the learner (vietalign_aligner_use_learner())
 * align again with its words those pairs whose first pass is unsure, as
 * they do with the table each pair learns from itself, which comes first:
 * a short page too small to teach a table learns from its whole batch.
 * Adding is not thread-safe; a finished learner is read-only and may serve
 * any number of aligners on any threads.
 */
typedef struct vietalign_learner vietalign_learner;

/**
 * Creates an empty learner.
 * @param out receives the learner (NULL on failure)
 * @return 0; VIETALIGN_EINVALID for NULL; VIETALIGN_ENOMEM
 */
VIETALIGN_EXTERN int vietalign_learner_new(vietalign_learner **out);

/**
 * Adds the sentence pairs an alignment is sure of (at most 4,096 per
 * alignment, evenly spread); once the learner holds 200,000 pairs, further
 * ones are left out.
 * @param learner   the learner, not finished
 * @param alignment an alignment (vietalign_align())
 * @return 0; VIETALIGN_EINVALID for NULL or a finished learner;
 *         VIETALIGN_ENOMEM (the learner then holds what it held before)
 */
VIETALIGN_EXTERN int vietalign_learner_add(vietalign_learner *learner, const vietalign_alignment *alignment);

/**
 * Learns the table from the pairs added. Further calls do nothing.
 * @param learner the learner
 * @return 0; VIETALIGN_EINVALID for NULL; VIETALIGN_ENOMEM (the learner
 *         stays unfinished)
 */
VIETALIGN_EXTERN int vietalign_learner_finish(vietalign_learner *learner);

/** The sentence pairs a learner holds.
 *  @param learner the learner
 *  @return their number (0 for NULL) */
VIETALIGN_EXTERN size_t vietalign_learner_pair_count(const vietalign_learner *learner);

/** The entries of a finished learner's table.
 *  @param learner the learner
 *  @return their number (0 for NULL or a learner not finished) */
VIETALIGN_EXTERN size_t vietalign_learner_entry_count(const vietalign_learner *learner);

/**
 * Has an aligner's alignments use a finished learner's table after each
 * pair's own (with the VIETALIGN_ANCHOR_LEARNED anchors, a default). The
 * learner must outlive the aligner's use of it.
 * @param aligner the aligner
 * @param learner a finished learner, or NULL to stop using one
 * @return 0; VIETALIGN_EINVALID for a NULL aligner or a learner not
 *         finished
 */
VIETALIGN_EXTERN int vietalign_aligner_use_learner(vietalign_aligner *aligner, const vietalign_learner *learner);

/** Frees a learner.
 *  @param learner the learner (NULL is allowed) */
VIETALIGN_EXTERN void vietalign_learner_free(vietalign_learner *learner);

/* ---------------------------------------------------------------- anchors */

/** An anchor: a number, date, name, identifier or table word of a sentence,
 *  which a translation keeps. A phrase of the built-in word or place table
 *  is one anchor however many English renderings the table gives it (it
 *  matches any of them, once); its value is the phrase as written. */
typedef struct vietalign_anchor {
	unsigned int version; /**< VIETALIGN_ANCHOR_VERSION, set by the
	                           caller (VIETALIGN_ANCHOR_INIT) */
	unsigned int kind;    /**< one VIETALIGN_ANCHOR_* bit; 0 in an empty slot */
	size_t sentence;      /**< index of its sentence in its document */
	size_t offset;        /**< its span in that sentence's text
	                         (vietalign_sentence.text), in bytes */
	size_t length;        /**< its length there, in bytes */
	const char *value;    /**< its normalised value, the same for both
	                         languages: "5.3%" for 5,3% and 5.3%,
	                         "65000000000" for 65 tỷ and $65 billion,
	                         "D:2025-01-28", "T:15:00", "W:1" (Monday),
	                         "le trung nghia"; owned by the document */
	int weak;             /**< 1 for an ordinary word or a table phrase,
	                         whose absence on the other side says little */
	size_t input_offset;  /**< its span in the caller's input text, in
	                         bytes from the input's start (the item as
	                         written: "600 tỷ USD", before NFC and white
	                         space folding) */
	size_t input_length;  /**< its length there, in bytes */
} vietalign_anchor;

/** The version of vietalign_anchor this header describes. */
#define VIETALIGN_ANCHOR_VERSION 1

/** A vietalign_anchor of this header's version, to be filled. */
#define VIETALIGN_ANCHOR_INIT \
	{ \
		VIETALIGN_ANCHOR_VERSION, 0, 0, 0, 0, NULL, 0, 0, 0 \
	}

/** The number of anchors of a sentence. The kinds found are those of the
 *  options of the aligner that made the document (an alignment reads its
 *  own, with the aligning aligner's kinds and tables: see
 *  vietalign_align()). A document reads a sentence's anchors the first
 *  time they are asked for (here, vietalign_doc_anchor() or an anchor
 *  report) and keeps them until it is freed; an alignment reads the
 *  anchors it needs on its own and does not keep them. Either is safe from
 *  several threads at once, and a document may outlive the aligner that
 *  made it.
 *  @param doc the document
 *  @param sentence the sentence's index
 *  @return its anchors; 0 when out of range, or when memory runs out */
VIETALIGN_EXTERN size_t vietalign_doc_anchor_count(const vietalign_doc *doc, size_t sentence);

/** Copies anchor i of a sentence.
 *  @param out receives the fields of its version (VIETALIGN_ANCHOR_INIT)
 *  @param doc the document
 *  @param sentence the sentence's index
 *  @param i the anchor, below vietalign_doc_anchor_count()
 *  @return 0; VIETALIGN_EINVALID for NULL or an index out of range;
 *          VIETALIGN_EVERSION for an unknown out->version;
 *          VIETALIGN_ENOMEM when the sentence's anchors cannot be read */
VIETALIGN_EXTERN int vietalign_doc_anchor(vietalign_anchor *out, const vietalign_doc *doc, size_t sentence, size_t i);

/** A bead's anchor report (vietalign_alignment_bead_anchors()): its lines
 *  are read one at a time with vietalign_anchor_report_get(). */
typedef struct vietalign_anchor_report vietalign_anchor_report;

/**
 * Reports the anchors of bead `bead`: first the matched pairs, then the
 * anchors of either side without counterpart. Left out of that part are
 * those whose absence proves nothing: weak words, a sentence's first word,
 * Vietnamese words (which English translates), and anchors inside a matched
 * one ("Monday" when the weekday matched). A 1-0 or 0-1 bead lists its
 * anchors as unmatched. The kinds listed are those the alignment used (the
 * aligning aligner's) among those the documents found (their maker's): all
 * of them when one aligner did both.
 * @param out receives the report, to free with
 *        vietalign_anchor_report_free() (NULL on failure)
 * @param alignment the alignment
 * @param bead the bead's index
 * @return 0; VIETALIGN_EINVALID for NULL or a bead out of range;
 *         VIETALIGN_ENOMEM
 */
VIETALIGN_EXTERN int vietalign_alignment_bead_anchors(vietalign_anchor_report **out,
                                                      const vietalign_alignment *alignment, size_t bead);

/**
 * The number of lines of a report.
 * @param report the report (NULL: 0)
 * @return its lines
 */
VIETALIGN_EXTERN size_t vietalign_anchor_report_count(const vietalign_anchor_report *report);

/**
 * Copies line i of a report: a Vietnamese anchor and the English one it
 * matched, or one side alone (the other's kind is then 0, its other
 * fields 0 or NULL).
 * @param vi receives the Vietnamese anchor; its version set by the caller
 *        (VIETALIGN_ANCHOR_INIT)
 * @param en receives the English anchor, as vi
 * @param report the report
 * @param i the line, below vietalign_anchor_report_count()
 * @return 0; VIETALIGN_EINVALID for NULL or i out of range;
 *         VIETALIGN_EVERSION for an anchor of an unknown version
 */
VIETALIGN_EXTERN int vietalign_anchor_report_get(vietalign_anchor *vi, vietalign_anchor *en,
                                                 const vietalign_anchor_report *report, size_t i);

/**
 * Frees a report.
 * @param report the report (NULL is allowed)
 */
VIETALIGN_EXTERN void vietalign_anchor_report_free(vietalign_anchor_report *report);

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
 *  (source may then be NULL). Matched case-insensitively, as words. Given
 *  as an array in vietalign_check_options, whose version is its version:
 *  a field added here would come with a new VIETALIGN_CHECK_OPTIONS_VERSION. */
typedef struct vietalign_term {
	const char *source; /**< the English term (UTF-8), or NULL */
	const char *target; /**< the Vietnamese term (UTF-8) */
	int forbidden;      /**< 1: target must not appear at all */
} vietalign_term;

/** A glossary read from a dictionary file. */
typedef struct vietalign_glossary vietalign_glossary;

/**
 * Reads a dictionary file (the formats of
 * vietalign_aligner_add_dictionary(): TSV, hunalign's, TBX) as a glossary
 * for vietalign_check(): every entry is a required translation, its
 * English term to be rendered by one of its Vietnamese terms. In TSV, a
 * line whose third column is "forbidden" (`vi<TAB>en<TAB>forbidden`) makes
 * its Vietnamese term forbidden instead; in TBX, so does a Vietnamese
 * term's status note (termNote type="administrativeStatus",
 * "normativeAuthorization" or "usageStatus") saying deprecated,
 * superseded, forbidden, notRecommended or obsolete
 * (deprecatedTerm-admn-sts in TBX-Basic).
 * @param out      receives the glossary, to free with vietalign_glossary_free()
 * @param aligner  receives the error message (vietalign_aligner_last_error())
 * @param data     len bytes of the file
 * @param len      its length
 * @param name     names it in messages (NULL: "glossary")
 * @param format   its format, or VIETALIGN_DICT_AUTO
 * @return VIETALIGN_OK, VIETALIGN_EPARSE (a message naming file and line),
 *         VIETALIGN_EINVALID or VIETALIGN_ENOMEM
 */
VIETALIGN_EXTERN int vietalign_glossary_new(vietalign_glossary **out, vietalign_aligner *aligner, const char *data,
                                            size_t len, const char *name, vietalign_dict_format format);

/** The glossary's terms (valid while it lives), for
 *  vietalign_check_options.terms. @param glossary the glossary
 *  @param count receives their number @return the terms */
VIETALIGN_EXTERN const vietalign_term *vietalign_glossary_terms(const vietalign_glossary *glossary, size_t *count);

/** Frees a glossary (NULL is allowed). @param glossary to free */
VIETALIGN_EXTERN void vietalign_glossary_free(vietalign_glossary *glossary);

/** The version of vietalign_check_options this header describes. */
#define VIETALIGN_CHECK_OPTIONS_VERSION 1

/** Options of vietalign_check(). Initialise with
 *  VIETALIGN_CHECK_OPTIONS_INIT, then change the fields you need. */
typedef struct vietalign_check_options {
	unsigned int version;            /**< VIETALIGN_CHECK_OPTIONS_VERSION */
	vietalign_lang source;           /**< the original: its sentences missing
	                               from the other side are omissions;
	                               default VIETALIGN_LANG_EN */
	vietalign_severity min_severity; /**< findings below it are left out;
	                               default VIETALIGN_SEVERITY_NOTE (all) */
	const vietalign_term *terms;     /**< the glossary, or NULL */
	size_t term_count;               /**< its entries */
	const char *vi_input;            /**< the Vietnamese input the document was
	                               made from (optional: white space checks
	                               need it), vi_input_length bytes */
	size_t vi_input_length;          /**< its length in bytes */
	const char *en_input;            /**< the same for the English */
	size_t en_input_length;          /**< its length in bytes */
} vietalign_check_options;

/** The defaults of every field of vietalign_check_options. */
#define VIETALIGN_CHECK_OPTIONS_INIT \
	{ \
		VIETALIGN_CHECK_OPTIONS_VERSION, VIETALIGN_LANG_EN, VIETALIGN_SEVERITY_NOTE, NULL, 0, NULL, 0, NULL, 0 \
	}

/** One side of a finding. It never grows (see "Structs and versions"):
 *  a later version of vietalign_finding adds its fields at its end. */
typedef struct vietalign_finding_side {
	int present;      /**< 0 when the finding has nothing on this side */
	size_t sentence;  /**< the sentence holding the item */
	size_t offset;    /**< the item in the caller's input, in bytes
	                           (the number, the name; the sentence when the
	                           finding is about the whole sentence) */
	size_t length;    /**< its length there, in bytes */
	const char *item; /**< the item as written ("600 tỷ USD"; NFC,
	                           spaces folded), "" for a whole sentence */
	const char *text; /**< the text of the bead on this side */
} vietalign_finding_side;

/** The version of vietalign_finding this header describes. */
#define VIETALIGN_FINDING_VERSION 1

/** One problem found, owned by the findings (vietalign_findings_get()),
 *  as are its strings. */
typedef struct vietalign_finding {
	unsigned int version;        /**< the library's VIETALIGN_FINDING_VERSION:
	                           fields are only ever added at the end */
	const char *kind;            /**< "omission", "addition", "number", "name",
	                           "untranslated", "length", "punctuation",
	                           "quotes", "brackets", "spaces",
	                           "repeated-word", "identifier", "term",
	                           "forbidden-term", "inconsistent" */
	vietalign_severity severity; /**< how much it matters */
	size_t bead;                 /**< the bead it is in */
	const char *message;         /**< one line for a reviewer, naming both items */
	vietalign_finding_side vi;   /**< its Vietnamese side */
	vietalign_finding_side en;   /**< its English side */
} vietalign_finding;

/** The findings of vietalign_check() (opaque). */
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
 * @return VIETALIGN_OK, VIETALIGN_EINVALID (NULL argument),
 *         VIETALIGN_EVERSION (unknown options version) or VIETALIGN_ENOMEM
 */
VIETALIGN_EXTERN int vietalign_check(vietalign_findings **out, const vietalign_alignment *alignment,
                                     const vietalign_check_options *opts);

/** The number of findings.
 *  @param findings from vietalign_check()
 *  @return their number (0 for NULL) */
VIETALIGN_EXTERN size_t vietalign_findings_count(const vietalign_findings *findings);

/** Finding i, in bead order.
 *  @param findings from vietalign_check()
 *  @param i its index
 *  @return the finding, owned by the findings, of the library's version
 *          (read a field a later version added only when version says it
 *          is there); NULL when i is out of range */
VIETALIGN_EXTERN const vietalign_finding *vietalign_findings_get(const vietalign_findings *findings, size_t i);

/** Frees the findings.
 *  @param findings to free (NULL is allowed) */
VIETALIGN_EXTERN void vietalign_findings_free(vietalign_findings *findings);

/* ---------------------------------------------------------------- writers */

/** The output formats of the alignment writers. */
typedef enum vietalign_format {
	VIETALIGN_FORMAT_TMX = 0,  /**< TMX 1.4, one tu element per two-sided bead */
	VIETALIGN_FORMAT_TSV = 1,  /**< vi<TAB>en<TAB>score per line */
	VIETALIGN_FORMAT_JSONL = 2 /**< one JSON object per bead */
} vietalign_format;

/** Parses the name of an output format.
 *  @param out receives the format
 *  @param name "tmx", "tsv" or "jsonl"
 *  @return 0, or VIETALIGN_EINVALID for another name or NULL */
VIETALIGN_EXTERN int vietalign_format_parse(vietalign_format *out, const char *name);

/** The version of vietalign_write_options this header describes. */
#define VIETALIGN_WRITE_OPTIONS_VERSION 2

/** Options of the alignment writers. Structs of version 1 (without
 *  explain) are still accepted: they write no explanation. */
typedef struct vietalign_write_options {
	unsigned int version;    /**< VIETALIGN_WRITE_OPTIONS_VERSION */
	vietalign_format format; /**< default TMX */
	vietalign_lang srclang;  /**< the TMX source language; default vi */
	double min_score;        /**< beads scoring below are left out; default 0 */
	int one_sided;           /**< TSV/JSONL: also write 1-0 and 0-1 beads
	                               (TMX never holds them); default 0 */
	time_t creation_date;    /**< TMX creationdate; 0 = now */
	/* version 2 added the field below */
	int explain; /**< JSONL: each object also explains its score (an
	                  "explain" object: what
	                  vietalign_alignment_bead_score_parts() and
	                  vietalign_alignment_bead_feature() give, and the
	                  anchors matched and missed), as the command line's
	                  --explain; default 0 */
} vietalign_write_options;

/** The defaults of every field of vietalign_write_options. */
#define VIETALIGN_WRITE_OPTIONS_INIT \
	{ \
		VIETALIGN_WRITE_OPTIONS_VERSION, VIETALIGN_FORMAT_TMX, VIETALIGN_LANG_VI, 0.0, 0, 0, 0 \
	}

/** Fills write options with the defaults: the fields of the given version
 *  and no more.
 *  @param opts the struct to fill
 *  @param version the caller's VIETALIGN_WRITE_OPTIONS_VERSION (1 or 2)
 *  @return 0, VIETALIGN_EINVALID for NULL, VIETALIGN_EVERSION for an
 *          unknown version */
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
 * @param aligner gives the threads and receives the error message (may
 *        be NULL)
 * @param alignment the alignment
 * @param opts the write options, or NULL (TMX)
 * @param fn receives the bytes
 * @param payload passed to fn as is
 * @return 0; VIETALIGN_EINVALID for NULL; VIETALIGN_EVERSION for options
 *         of an unknown version; VIETALIGN_ECALLBACK when fn failed;
 *         VIETALIGN_ENOMEM
 */
VIETALIGN_EXTERN int vietalign_alignment_write(vietalign_aligner *aligner, const vietalign_alignment *alignment,
                                               const vietalign_write_options *opts, vietalign_write_fn fn,
                                               void *payload);

/**
 * Writes an alignment to a file: first to a temporary file beside path, then
 * renamed over it, so that a failure (a full disk, a bad path) never leaves
 * a half-written file at path.
 * @param aligner as vietalign_alignment_write()
 * @param alignment the alignment
 * @param opts the write options, or NULL (TMX)
 * @param path the file
 * @return as vietalign_alignment_write(), or VIETALIGN_EIO (the message
 *         names the file)
 */
VIETALIGN_EXTERN int vietalign_alignment_write_file(vietalign_aligner *aligner, const vietalign_alignment *alignment,
                                                    const vietalign_write_options *opts, const char *path);

/**
 * Writes an alignment into a new NUL-terminated buffer.
 * @param out receives the buffer, to free with vietalign_buffer_free()
 * @param out_len receives its length (may be NULL)
 * @param aligner as vietalign_alignment_write()
 * @param alignment the alignment
 * @param opts the write options, or NULL (TMX)
 * @return as vietalign_alignment_write()
 */
VIETALIGN_EXTERN int vietalign_alignment_write_buffer(char **out, size_t *out_len, vietalign_aligner *aligner,
                                                      const vietalign_alignment *alignment,
                                                      const vietalign_write_options *opts);

/* ------------------------------------------------------------ TMX files */

/** The version of vietalign_tmx_unit this header describes. */
#define VIETALIGN_TMX_UNIT_VERSION 1

/**
 * One translation unit of a TMX file, as the TMX reader gives it and as
 * vietalign_tmx_writer_add_unit() takes it. Texts are UTF-8 and
 * NUL-terminated; pointers are owned by the caller of the callback (the
 * reader) and valid during the call only.
 */
typedef struct vietalign_tmx_unit {
	unsigned int version; /**< VIETALIGN_TMX_UNIT_VERSION: set by the
	                           caller of vietalign_tmx_writer_add_unit()
	                           (VIETALIGN_TMX_UNIT_INIT), by the reader
	                           for its callback */
	const char *vi;       /**< the Vietnamese segment's text */
	const char *en;       /**< the English segment's text */
	const char *tuid;     /**< the tu's tuid attribute, or NULL */
	const char *doc;      /**< its prop of type x-doc, or NULL */
	const char *vi_file;  /**< its prop of type x-vi-file, or NULL */
	const char *en_file;  /**< its prop of type x-en-file, or NULL */
	double score;         /**< its prop of type x-score, or -1 when none */
	long line;            /**< the tu's line in the file (reader only) */
} vietalign_tmx_unit;

/** A vietalign_tmx_unit of this header's version, all fields empty. */
#define VIETALIGN_TMX_UNIT_INIT \
	{ \
		VIETALIGN_TMX_UNIT_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, -1.0, 0 \
	}

/** A TMX file being written, unit by unit (opaque). */
typedef struct vietalign_tmx_writer vietalign_tmx_writer;

/**
 * Starts a TMX file that may hold the alignments of many documents: the
 * TMX 1.4 header of vietalign_alignment_write() (srclang, creation_date and
 * min_score of opts; its format is ignored) goes to fn at once. Each unit
 * then carries its document's id and file names as props, and tuids number
 * the units 1, 2, 3 … through the whole file. Units are written on the
 * calling thread, in the order they are added.
 * @param out receives the writer (NULL on failure)
 * @param aligner receives error messages (may be NULL); must outlive the
 *        writer
 * @param opts the write options (NULL: defaults)
 * @param fn receives the bytes
 * @param payload passed to fn as is
 * @return 0, VIETALIGN_EINVALID, VIETALIGN_EVERSION (options of an
 *         unknown version), VIETALIGN_ENOMEM or VIETALIGN_ECALLBACK
 */
VIETALIGN_EXTERN int vietalign_tmx_writer_new(vietalign_tmx_writer **out, vietalign_aligner *aligner,
                                              const vietalign_write_options *opts, vietalign_write_fn fn,
                                              void *payload);

/**
 * Adds the two-sided beads of one alignment scoring at least min_score,
 * one tu element each with, in this order, the props x-doc (doc_id),
 * x-vi-file (vi_name), x-en-file (en_name) and x-score; a NULL id or name
 * leaves its prop out.
 * @param writer the writer
 * @param alignment the alignment
 * @param doc_id the document's id, or NULL
 * @param vi_name the Vietnamese file's name, or NULL
 * @param en_name the English file's name, or NULL
 * @return 0 or a vietalign_error_code; after an error the writer only
 *         accepts vietalign_tmx_writer_free()
 */
VIETALIGN_EXTERN int vietalign_tmx_writer_add(vietalign_tmx_writer *writer, const vietalign_alignment *alignment,
                                              const char *doc_id, const char *vi_name, const char *en_name);

/**
 * Adds one unit (vi, en, doc, vi_file, en_file, score; its tuid and line
 * are ignored: the writer numbers units itself). Text is cleaned as the
 * alignment writers clean it (characters XML forbids dropped, line breaks
 * made spaces, trimmed); a unit left with an empty side is skipped. A
 * negative score leaves the x-score prop out.
 * @param writer the writer
 * @param unit the unit, of its version (VIETALIGN_TMX_UNIT_INIT, or one the
 *        TMX reader gave)
 * @return 0; VIETALIGN_EVERSION for a unit of an unknown version (the
 *         writer goes on); otherwise as vietalign_tmx_writer_add()
 */
VIETALIGN_EXTERN int vietalign_tmx_writer_add_unit(vietalign_tmx_writer *writer, const vietalign_tmx_unit *unit);

/** The number of units written so far.
 *  @param writer the writer
 *  @return the last tuid (0 for NULL) */
VIETALIGN_EXTERN size_t vietalign_tmx_writer_unit_count(const vietalign_tmx_writer *writer);

/** Ends the file (its body and tmx elements) and hands the rest of the
 *  bytes to fn.
 *  @param writer the writer
 *  @return 0 or a vietalign_error_code */
VIETALIGN_EXTERN int vietalign_tmx_writer_finish(vietalign_tmx_writer *writer);

/** Frees a writer, finished or not.
 *  @param writer the writer (NULL is allowed) */
VIETALIGN_EXTERN void vietalign_tmx_writer_free(vietalign_tmx_writer *writer);

/** What the TMX reader does with the inline tags of a segment. */
typedef enum vietalign_tmx_tags {
	VIETALIGN_TMX_TAGS_DROP = 0, /**< drop bpt, ept, it, ph and ut with
	                                  their content (the native codes, such
	                                  as "\<b>"); keep the text of hi and of
	                                  any other element (the default) */
	VIETALIGN_TMX_TAGS_KEEP = 1  /**< keep the native codes as text
	                                  ("\<b>bold\</b>"), as a plain-text tool
	                                  would show them */
} vietalign_tmx_tags;

/** What the TMX reader does when the texts say the languages are swapped. */
typedef enum vietalign_tmx_swap {
	VIETALIGN_TMX_SWAP_FIX = 0,   /**< read each side as the language its
	                                    text is in (the default) */
	VIETALIGN_TMX_SWAP_KEEP = 1,  /**< trust the labels */
	VIETALIGN_TMX_SWAP_REFUSE = 2 /**< fail with VIETALIGN_EPARSE */
} vietalign_tmx_swap;

/** The version of vietalign_tmx_read_options this header describes. */
#define VIETALIGN_TMX_READ_OPTIONS_VERSION 1

/** Options of the TMX reader. */
typedef struct vietalign_tmx_read_options {
	unsigned int version;    /**< VIETALIGN_TMX_READ_OPTIONS_VERSION */
	vietalign_tmx_tags tags; /**< default VIETALIGN_TMX_TAGS_DROP */
	vietalign_tmx_swap swap; /**< default VIETALIGN_TMX_SWAP_FIX */
	size_t max_bytes;        /**< a larger file is refused; default
	                              512 MiB (0: the default) */
} vietalign_tmx_read_options;

/** The defaults of every field of vietalign_tmx_read_options. */
#define VIETALIGN_TMX_READ_OPTIONS_INIT \
	{ \
		VIETALIGN_TMX_READ_OPTIONS_VERSION, VIETALIGN_TMX_TAGS_DROP, VIETALIGN_TMX_SWAP_FIX, 0 \
	}

/** The version of vietalign_tmx_info this header describes. */
#define VIETALIGN_TMX_INFO_VERSION 1

/** What the reader found in a file. */
typedef struct vietalign_tmx_info {
	unsigned int version; /**< VIETALIGN_TMX_INFO_VERSION, set by the
	                           caller (VIETALIGN_TMX_INFO_INIT) */
	size_t units;         /**< tu elements */
	size_t pairs;         /**< units with a Vietnamese and an English
	                          segment, passed to the callback */
	int swapped;          /**< 1 when the texts say that the labels are
	                          wrong: the side labelled en (or the first
	                          tuv, when both carry one label) is in
	                          Vietnamese and the other in English */
	char vi_label[16];    /**< the language code the Vietnamese text
	                          carried ("vi-VN"; "en" when swapped) */
	char en_label[16];    /**< the same for the English text */
} vietalign_tmx_info;

/** A vietalign_tmx_info of this header's version, to be filled. */
#define VIETALIGN_TMX_INFO_INIT \
	{ \
		VIETALIGN_TMX_INFO_VERSION, 0, 0, 0, "", "" \
	}

/** Called for each unit holding both languages; non-zero stops the reading,
 *  which then returns VIETALIGN_ECALLBACK. */
typedef int (*vietalign_tmx_unit_fn)(const vietalign_tmx_unit *unit, void *payload);

/**
 * Reads a TMX file (any version; UTF-8 or, with a byte order mark or an
 * encoding declaration, UTF-16) and calls fn for each unit holding a
 * Vietnamese and an English segment, in file order. Languages are the
 * tuv's xml:lang (or lang, TMX 1.1), any region ("vi-VN", "en-US"), in
 * any case; srclang="*all*" is fine. CDATA sections and character
 * references are read as text; inline tags as opts->tags says. Segment
 * text is otherwise as in the file (white space included).
 *
 * Languages swapped: when the text of the side labelled Vietnamese reads
 * as English and that of the other as Vietnamese (vietalign_lang_detect()
 * on each side's text, all units together), or when both tuvs carry the
 * same label and the first one's text reads as Vietnamese, info->swapped
 * is set and opts->swap decides.
 *
 * Safety: no network, no external DTD or entity is loaded; a file whose
 * DTD declares an entity is refused before any is expanded (VIETALIGN_EPARSE),
 * as is one over opts->max_bytes, and libxml2's limits on text nodes hold.
 *
 * @param info receives the fields of its version of what was found
 *        (VIETALIGN_TMX_INFO_INIT); may be NULL
 * @param aligner receives the error message (may be NULL)
 * @param path the file
 * @param opts NULL for the defaults
 * @param fn called for each unit, with a unit of the library's version
 * @param payload passed to fn as is
 * @return 0; VIETALIGN_EVERSION (info or opts of an unknown version),
 *         VIETALIGN_EINVALID (NULL path or fn), VIETALIGN_EIO (unreadable), VIETALIGN_EPARSE (not XML, not
 *         TMX, entities, too big, or swapped with SWAP_REFUSE; the message
 *         names the file and the line), VIETALIGN_ECALLBACK,
 *         VIETALIGN_ENOMEM, or VIETALIGN_EUNSUPPORTED when the library was
 *         built without libxml2 (-DVIETALIGN_LIBXML2=OFF)
 */
VIETALIGN_EXTERN int vietalign_tmx_read_file(vietalign_tmx_info *info, vietalign_aligner *aligner, const char *path,
                                             const vietalign_tmx_read_options *opts, vietalign_tmx_unit_fn fn,
                                             void *payload);

/** vietalign_tmx_read_file() on bytes in memory.
 *  @param info as vietalign_tmx_read_file()
 *  @param aligner receives the error message (may be NULL)
 *  @param data the bytes
 *  @param len their number
 *  @param name names them in messages (NULL: "TMX")
 *  @param opts NULL for the defaults
 *  @param fn called for each unit
 *  @param payload passed to fn as is
 *  @return as vietalign_tmx_read_file() */
VIETALIGN_EXTERN int vietalign_tmx_read_buffer(vietalign_tmx_info *info, vietalign_aligner *aligner, const char *data,
                                               size_t len, const char *name, const vietalign_tmx_read_options *opts,
                                               vietalign_tmx_unit_fn fn, void *payload);

/** Whether the library reads TMX.
 *  @return 1 when built with libxml2, else 0 */
VIETALIGN_EXTERN int vietalign_tmx_read_supported(void);

/** Frees a buffer returned by the library.
 *  @param buffer the buffer (NULL is allowed) */
VIETALIGN_EXTERN void vietalign_buffer_free(char *buffer);

#ifdef __cplusplus
}
#endif

#endif /* VIETALIGN_H */
