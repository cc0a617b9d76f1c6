#ifndef CROSSTALK_CGRAPHVIZ_SHIM_H
#define CROSSTALK_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
