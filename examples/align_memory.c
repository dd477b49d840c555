/* align_memory.c - align two texts held in memory and get TMX back in a
 * buffer, as a CAT tool linking the library would. */
#include <stdio.h>
#include <string.h>
#include <vietalign.h>

static const char VI[] = "Liệu thị trường có phản ứng thái quá không?\n\n"
			 "Nvidia, công ty đã sụt giảm gần 18% trong đợt bán tháo thị trường vào thứ Hai, "
			 "cho biết trong một tuyên bố vào thứ Hai rằng DeepSeek là một \"tiến bộ AI tuyệt vời\".\n";
static const char EN[] = "Did the market overreact?\n\n"
			 "Nvidia, which plummeted nearly 18% in Monday's market rout, said in a statement "
			 "on Monday that DeepSeek is an \"excellent AI advancement.\"\n";

int main(void)
{
	vietalign_options opts = VIETALIGN_OPTIONS_INIT;
	vietalign_write_options wopts = VIETALIGN_WRITE_OPTIONS_INIT;
	vietalign_aligner *aligner = NULL;
	vietalign_doc *vi = NULL, *en = NULL;
	vietalign_alignment *al = NULL;
	char *tmx = NULL;
	size_t len = 0;
	int rc;

	wopts.creation_date = 1738022400; /* fixed, for a reproducible file */
	rc = vietalign_aligner_new(&aligner, &opts);
	if (!rc)
		rc = vietalign_doc_new(&vi, aligner, VI, strlen(VI), VIETALIGN_LANG_VI);
	if (!rc)
		rc = vietalign_doc_new(&en, aligner, EN, strlen(EN), VIETALIGN_LANG_EN);
	if (!rc)
		rc = vietalign_align(&al, aligner, vi, en);
	if (!rc)
		rc = vietalign_alignment_write_buffer(&tmx, &len, aligner, al, &wopts);
	if (rc)
		fprintf(stderr, "vietalign: %s (%s)\n", aligner ? vietalign_aligner_last_error(aligner) : "",
		        vietalign_error_name(rc));
	else
		fwrite(tmx, 1, len, stdout);
	vietalign_buffer_free(tmx);
	vietalign_alignment_free(al);
	vietalign_doc_free(vi);
	vietalign_doc_free(en);
	vietalign_aligner_free(aligner);
	return rc ? 1 : 0;
}
