/* interrupt.c - the temporary files a command writes its output into are
 * removed when a signal (Ctrl-C, kill, a closed terminal or pipe) ends it
 * before they are renamed over their targets; while a long call is
 * cancelable (cli_interrupt_hold()), Ctrl-C only marks it canceled and the
 * command ends through the library's cancel. A signal handler can only
 * reach what is global: this registry is the CLI's one piece of global
 * state (the library has none). */
#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <unistd.h>
#include "cli.h"

#define WATCH_MAX 4

static _Atomic(const char *) watched[WATCH_MAX];
static atomic_int installed;
static atomic_int holding, interrupted; /* Ctrl-C is a cancel, and came */

static void on_signal(int sig)
{
	size_t k;
	if (sig == SIGINT && atomic_load(&holding)) {
		atomic_store(&interrupted, 1);
		return;
	}
	for (k = 0; k < WATCH_MAX; k++) {
		const char *p = atomic_load(&watched[k]);
		if (p)
			unlink(p); /* async-signal-safe */
	}
	signal(sig, SIG_DFL); /* then end as the signal would have */
	raise(sig);
}

/* Catches the signals that end a process by default, unless the caller
 * ignores them (nohup keeps ignoring SIGHUP). */
static void install(void)
{
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
	size_t k;
	for (k = 0; k < sizeof sigs / sizeof *sigs; k++) {
		struct sigaction old, sa = {0};
		if (sigaction(sigs[k], NULL, &old) != 0 || old.sa_handler == SIG_IGN)
			continue;
		sa.sa_handler = on_signal;
		sigemptyset(&sa.sa_mask);
		sigaction(sigs[k], &sa, NULL);
	}
}

int cli_interrupt_watch(const char *path)
{
	size_t k;
	if (!atomic_exchange(&installed, 1))
		install();
	for (k = 0; k < WATCH_MAX; k++) {
		const char *none = NULL;
		if (atomic_compare_exchange_strong(&watched[k], &none, path))
			return 0;
	}
	return 1;
}

void cli_interrupt_forget(const char *path)
{
	size_t k;
	for (k = 0; k < WATCH_MAX; k++) {
		const char *p = path;
		atomic_compare_exchange_strong(&watched[k], &p, NULL);
	}
}

void cli_interrupt_hold(int on)
{
	if (!atomic_exchange(&installed, 1))
		install();
	atomic_store(&holding, on);
}

int cli_interrupted(void)
{
	return atomic_load(&interrupted);
}
