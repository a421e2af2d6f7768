// SPDX-License-Identifier: GPL-3.0-or-later
// Second line of defence behind the CMake check: Qt defines QT_WIDGETS_LIB
// for every target that links QtWidgets, and the model must never be one.
#ifdef QT_WIDGETS_LIB
#error "The model library must not link QtWidgets"
#endif
