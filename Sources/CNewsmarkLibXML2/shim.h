#ifndef NEWSMARK_LIBXML2_SHIM_H
#define NEWSMARK_LIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its headers then clash with Foundation's own ICU module.
   Newsmark never uses libxml2's ICU encoding handlers, so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>

/* Macros Swift cannot import. */
static inline void newsmark_xmlFree(void *pointer) { xmlFree(pointer); }
static inline const char *newsmark_xmlParserVersion(void) { return xmlParserVersion; }

/* libxml2's generic error callback is variadic, which Swift cannot implement. This one drops the
   message: every error Newsmark reports goes through a structured handler instead. */
static void newsmark_discardGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* Stops libxml2 from printing generic errors to standard error on the calling thread (the
   handler is thread-local in libxml2). */
static inline void newsmark_silenceGenericErrors(void) {
    xmlSetGenericErrorFunc(NULL, newsmark_discardGenericError);
}

#endif
