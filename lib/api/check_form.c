/* check_form.c - matters of form a reviewer checks in each pair. */
#include "api/api.h"

void vta_check_form(vta_check *c)
{
	(void)c;
}
