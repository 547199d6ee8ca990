// libxml2 is built with ICU here and its encoding.h then includes <unicode/ucnv.h>, whose
// enums clash with the copy of ICU inside Foundation (_FoundationICU) in any Swift file that
// imports both. mediamon never touches libxml2's ICU converter fields, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
