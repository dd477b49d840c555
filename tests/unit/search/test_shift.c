/* test_shift.c - a pair between two omissions of one side moved to close
 * a gap (search/shift.c), on the Debian New Maintainers' Guide's "Social
 * dynamics" list (GPL-2.0-or-later) with English items left out: two
 * adjacent items dropped leave one run of two Vietnamese sentences, not
 * two omissions around a shifted pair; a right pair between two
 * omissions stays where it is. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "search/search.h"

static const char *VI = "Động lực xã hội của Debian Dưới đây là một số quan sát về động lực xã hội của Debian, được "
			"trình bày với hy vọng rằng nó sẽ chuẩn bị cho bạn tương tác với Debian:\n\n"
			"Tất cả chúng ta đều là tình nguyện viên.\n\n"
			"Bạn không thể áp đặt lên những người khác phải làm gì.\n\n"
			"Bạn nên có động cơ để làm việc một mình.\n\n"
			"Hợp tác thân thiện là động lực.\n";
static const char *INTRO = "Social dynamics of Debian Here are some observations of Debian's social dynamics, "
			   "presented in the hope that it will prepare you for interactions with Debian:\n\n";
static const char *LAST = "Friendly cooperation is the driving force.\n";

/* The English: the introduction, one item, the last item. */
static char *english(const char *item)
{
	size_t n = strlen(INTRO) + strlen(item) + strlen(LAST) + 3;
	char *t = malloc(n);
	ck_assert_ptr_nonnull(t);
	snprintf(t, n, "%s%s\n\n%s", INTRO, item, LAST);
	return t;
}

/* The English sentence Vietnamese sentence v is paired with, or -1 when
 * it is left out. */
static long partner(const run *r, size_t v)
{
	size_t k;
	for (k = 0; k < vietalign_alignment_bead_count(r->al); k++) {
		vietalign_bead b = run_bead(r, k);
		if (b.vi_count && v >= b.vi_first && v < b.vi_first + b.vi_count)
			return b.en_count ? (long)b.en_first : -1;
	}
	ck_abort_msg("sentence %zu in no bead", v);
	return -2;
}

/* "We all are volunteers." and "You cannot impose on others what to do."
 * dropped: their translations are one run, and "Bạn nên có động cơ ..."
 * is paired with its own English, not its neighbour's. */
START_TEST(test_run_of_two)
{
	char *en = english("You should be motivated to do things by yourself.");
	run r = {0};
	run_align(&r, NULL, VI, en);
	ck_assert_int_eq(partner(&r, 1), -1);
	ck_assert_int_eq(partner(&r, 2), -1);
	ck_assert_int_eq(partner(&r, 3), 1);
	ck_assert_int_eq(partner(&r, 4), 2);
	run_free(&r);
	free(en);
}
END_TEST

/* Only the middle item kept: its pair is right where it is, between two
 * omissions, and stays. */
START_TEST(test_right_pair_stays)
{
	char *en = english("You cannot impose on others what to do.");
	run r = {0};
	run_align(&r, NULL, VI, en);
	ck_assert_int_eq(partner(&r, 1), -1);
	ck_assert_int_eq(partner(&r, 2), 1);
	ck_assert_int_eq(partner(&r, 3), -1);
	run_free(&r);
	free(en);
}
END_TEST

/* The same with the sentences cut where they may be (the pass runs
 * before refine) and the beads' scores in range. */
START_TEST(test_run_of_two_cutting)
{
	char *en = english("You should be motivated to do things by yourself.");
	vietalign_options o = VIETALIGN_OPTIONS_INIT;
	run r = {0};
	size_t k;
	o.cut_sentences = 1;
	run_align(&r, &o, VI, en);
	ck_assert_int_eq(partner(&r, 3), 1);
	for (k = 0; k < vietalign_alignment_bead_count(r.al); k++) {
		vietalign_bead b = run_bead(&r, k);
		ck_assert(b.score >= 0 && b.score <= 1);
	}
	run_free(&r);
	free(en);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("shift");
	TCase *t = tcase_create("shift");
	tcase_add_test(t, test_run_of_two);
	tcase_add_test(t, test_right_pair_stays);
	tcase_add_test(t, test_run_of_two_cutting);
	suite_add_tcase(s, t);
	return run_suite(s);
}
