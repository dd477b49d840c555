# Turns a data file into a C source holding its bytes, so that the library
# carries its tables without reading files at run time.
#   cmake -DIN=file.tsv -DOUT=file.c -DNAME=symbol -P embed.cmake
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" n)
math(EXPR len "${n} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," body "${hex}")
string(REGEX REPLACE "((0x..,){16})" "\\1\n" body "${body}")
file(WRITE "${OUT}" "/* generated from ${IN} by cmake/embed.cmake: do not edit */\n#include <stddef.h>\n__attribute__((visibility(\"hidden\"))) const unsigned char ${NAME}[] = {\n${body}0x00};\n__attribute__((visibility(\"hidden\"))) const size_t ${NAME}_len = ${len};\n")
