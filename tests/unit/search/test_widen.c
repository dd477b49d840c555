/* test_widen.c - beads of the shapes the search does not make, put in
 * place of runs of its beads (search/widen.c): a Vietnamese subtitle
 * line that runs four English sentences together (TED, dev2010: the
 * translator left the line ends unpunctuated), and ordinary 1-1 text,
 * which the pass leaves alone. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "support.h"
#include "search/search.h"

static const char *VI = "Tôi phải tìm một cách nào đó để tạo một khoảng cách an toàn giữa tôi, một nhà văn, với "
			"nỗi lo sợ rất tự nhiên của mình về viễn cảnh nghề nghiệp của tôi, từ bây giờ trở đi. "
			"Và cuộc nghiên cứu đã dẫn tôi đến với Hi Lạp và La Mã cổ đại Này, hãy đi cùng tôi, vì "
			"nó sẽ đi một vòng Nhưng, tại Hi Lạp và La Mã cổ đại họ không tin là khả năng sáng tạo "
			"xuất phát từ bản thân con người Họ tin là sự sáng tạo là do những linh hồn thiêng liêng "
			"đã tìm đến con người từ một nơi bí ẩn nào đó ở rất xa, vì những lý do cũng rất bí ẩn "
			"và rất xa xôi. Người Hi Lạp gọi những linh hồn thiêng liêng của sự sáng tạo đó là "
			"\"deamons\". Socrates, tin là ông có 1 daemon người đã truyền đạt sự thông thái cho ông "
			"ta từ xa.\n";
static const char *EN = "I have to sort of find some way to have a safe distance between me, as I am writing, and "
			"my very natural anxiety about what the reaction to that writing is going to be, from now "
			"on. And that search has led me to ancient Greece and ancient Rome. So stay with me, "
			"because it does circle around and back. But, ancient Greece and ancient Rome -- people "
			"did not happen to believe that creativity came from human beings back then, O.K.? People "
			"believed that creativity was this divine attendant spirit that came to human beings from "
			"some distant and unknowable source, for distant and unknowable reasons. The Greeks "
			"famously called these divine attendant spirits of creativity \"daemons.\" Socrates, "
			"famously, believed that he had a daemon who spoke wisdom to him from afar.\n";

/* The same talk, sentence for sentence. */
static const char *VI11 = "Người Hi Lạp gọi những linh hồn thiêng liêng của sự sáng tạo đó là \"deamons\". Socrates, "
			  "tin là ông có 1 daemon người đã truyền đạt sự thông thái cho ông ta từ xa. Người La Mã "
			  "cũng có ý nghĩ giống như vậy, nhưng họ gọi linh hồn của sự sáng tạo đó là \"genius\". "
			  "Điều đó thật tuyệt, vì người La Mã không thực sự nghĩ là \"genius\" là một cá nhân đặc "
			  "biệt nào đó.\n";
static const char *EN11 = "The Greeks famously called these divine attendant spirits of creativity \"daemons.\" "
			  "Socrates, famously, believed that he had a daemon who spoke wisdom to him from afar. The "
			  "Romans had the same idea, but they called that sort of disembodied creative spirit a "
			  "genius. Which is great, because the Romans did not actually think that a genius was a "
			  "particularly clever individual.\n";

static vietalign_options cutting(void)
{
	vietalign_options o;
	vietalign_options_init(&o, VIETALIGN_OPTIONS_VERSION);
	o.cut_sentences = 1;
	return o;
}

/* The unpunctuated line and its four English sentences make one 1-4
 * bead, whose lengths and anchors (Hi Lạp = Greece, La Mã = Rome) the
 * search's 1-3 beside an English sentence left out said worse. */
START_TEST(test_one_four)
{
	vietalign_options o = cutting();
	run r = {0};
	vietalign_bead b;
	run_align(&r, &o, VI, EN);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), 4);
	b = run_bead(&r, 1);
	ck_assert_uint_eq(b.vi_first, 1);
	ck_assert_uint_eq(b.vi_count, 1);
	ck_assert_uint_eq(b.en_first, 1);
	ck_assert_uint_eq(b.en_count, 4);
	b = run_bead(&r, 2);
	ck_assert_uint_eq(b.vi_count, 1);
	ck_assert_uint_eq(b.en_first, 5);
	run_free(&r);
}
END_TEST

/* Without the pass (sentences kept whole: the pass runs where the search
 * may cut them), the search's shapes leave an English sentence of the
 * line out of its bead. */
START_TEST(test_search_alone)
{
	run r = {0};
	size_t k;
	run_align(&r, NULL, VI, EN);
	for (k = 0; k < vietalign_alignment_bead_count(r.al); k++)
		ck_assert_uint_lt(run_bead(&r, k).en_count, 4);
	run_free(&r);
}
END_TEST

/* Text translated sentence for sentence keeps its 1-1 beads. */
START_TEST(test_one_one_alone)
{
	vietalign_options o = cutting();
	run r = {0};
	size_t k;
	run_align(&r, &o, VI11, EN11);
	ck_assert_uint_eq(vietalign_alignment_bead_count(r.al), 4);
	for (k = 0; k < 4; k++) {
		vietalign_bead b = run_bead(&r, k);
		ck_assert_uint_eq(b.vi_first, k);
		ck_assert_uint_eq(b.vi_count, 1);
		ck_assert_uint_eq(b.en_first, k);
		ck_assert_uint_eq(b.en_count, 1);
	}
	run_free(&r);
}
END_TEST

/* The wide shapes have a prior; the search's and the rest have none. */
START_TEST(test_wide_prior)
{
	ck_assert(isfinite(vta_wide_prior(1, 4)) && vta_wide_prior(1, 4) > 0);
	ck_assert(isfinite(vta_wide_prior(4, 1)));
	ck_assert(isfinite(vta_wide_prior(2, 3)));
	ck_assert(isfinite(vta_wide_prior(3, 2)));
	ck_assert(isinf(vta_wide_prior(1, 1)));
	ck_assert(isinf(vta_wide_prior(1, 3)));
	ck_assert(isinf(vta_wide_prior(1, 5)));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("widen");
	TCase *t = tcase_create("widen");
	tcase_add_test(t, test_one_four);
	tcase_add_test(t, test_search_alone);
	tcase_add_test(t, test_one_one_alone);
	tcase_add_test(t, test_wide_prior);
	suite_add_tcase(s, t);
	return run_suite(s);
}
