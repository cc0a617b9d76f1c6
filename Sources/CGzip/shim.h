// zlib's inflate for the tar.gz reader of the Importers target (Zulip exports).
#include <zlib.h>
