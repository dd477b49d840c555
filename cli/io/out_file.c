/* out_file.c - the commands' output files, written whole or not at all:
 * into a temporary file beside the target, renamed over it at the end.
 * The library's vietalign_alignment_write_file() does the same for one
 * alignment, but a library cannot catch signals: the CLI's own temporary
 * file is removed when Ctrl-C or kill ends the command (interrupt.c). */
#define _GNU_SOURCE /* mkostemp, realpath, strdup */
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"

/* A device, pipe or socket (/dev/stdout, a FIFO) is written in place:
 * renaming over it would replace the node itself. */
static int open_in_place(cli_out *o)
{
	if (!(o->f = fopen(o->path, "wb"))) {
		cli_error("%s: %s", o->path, strerror(errno));
		return 1;
	}
	return 0;
}

static int open_temporary(cli_out *o, long old_mode)
{
	static const char suffix[] = ".tmpXXXXXX";
	size_t n = strlen(o->path);
	mode_t mask;
	sigset_t all, was;
	int fd;
	if (!(o->tmp = malloc(n + sizeof suffix))) {
		cli_error("out of memory");
		return 1;
	}
	memcpy(o->tmp, o->path, n);
	memcpy(o->tmp + n, suffix, sizeof suffix);
	/* a signal between the file's creation and its watch would leave it
	 * behind: signals wait until it is watched */
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &was);
	fd = mkostemp(o->tmp, O_CLOEXEC);
	if (fd >= 0)
		cli_interrupt_watch(o->tmp); /* Ctrl-C must not leave it behind */
	sigprocmask(SIG_SETMASK, &was, NULL);
	if (fd < 0) {
		cli_error("%s: cannot create a temporary file beside it: %s", o->path, strerror(errno));
		free(o->tmp);
		o->tmp = NULL;
		return 1;
	}
	/* mkstemp makes it 0600; give it the old file's mode (an output made
	 * private stays private) or a new file's. No thread runs yet (outputs
	 * are opened before any work starts), so umask() is safe. */
	mask = umask(022);
	umask(mask);
	if (fchmod(fd, old_mode >= 0 ? (mode_t)old_mode : 0644 & ~mask) != 0 || !(o->f = fdopen(fd, "wb"))) {
		cli_error("%s: %s", o->tmp, strerror(errno));
		close(fd);
		unlink(o->tmp);
		cli_interrupt_forget(o->tmp);
		return 1;
	}
	return 0;
}

int cli_out_open(cli_out *o, const char *path, int to_stderr)
{
	struct stat st;
	int exists;
	memset(o, 0, sizeof *o);
	if (!path || strcmp(path, "-") == 0) {
		o->f = to_stderr ? stderr : stdout;
		return 0;
	}
	/* through a symbolic link, replace the file it points to */
	if (!(o->path = realpath(path, NULL)) && !(o->path = strdup(path))) {
		cli_error("out of memory");
		return 1;
	}
	exists = stat(o->path, &st) == 0;
	if (exists && !S_ISREG(st.st_mode) ? open_in_place(o)
	                                   : open_temporary(o, exists ? (long)(st.st_mode & 07777) : -1)) {
		cli_out_abort(o);
		return 1;
	}
	return 0;
}

int cli_out_write(cli_out *o, const char *data, size_t len)
{
	if (!o->f || o->failed)
		return 1;
	errno = 0; /* a stale errno must not be taken for the reason */
	if (len && fwrite(data, 1, len, o->f) != len)
		o->failed = errno ? errno : EIO;
	return o->failed != 0;
}

static const char *out_name(const cli_out *o)
{
	return o->path ? o->path : o->f == stderr ? "standard error" : "standard output";
}

int cli_out_commit(cli_out *o)
{
	int rc;
	errno = 0;
	rc = o->failed || fflush(o->f) != 0 || ferror(o->f);
	if (!rc && o->tmp)
		rc = fsync(fileno(o->f)) != 0;
	if (!rc && o->path) {
		FILE *f = o->f;
		o->f = NULL;
		rc = fclose(f) != 0;
	}
	if (!rc && o->tmp && rename(o->tmp, o->path) != 0)
		rc = 1;
	if (!rc && o->tmp)
		cli_interrupt_forget(o->tmp);
	if (rc) {
		cli_error("%s: write error: %s", out_name(o), strerror(o->failed ? o->failed : errno ? errno : EIO));
		cli_out_abort(o);
		return 1;
	}
	free(o->tmp);
	free(o->path);
	memset(o, 0, sizeof *o);
	return 0;
}

void cli_out_abort(cli_out *o)
{
	if (o->f && o->path)
		fclose(o->f);
	if (o->tmp) {
		cli_interrupt_forget(o->tmp);
		unlink(o->tmp);
	}
	free(o->tmp);
	free(o->path);
	memset(o, 0, sizeof *o);
}
