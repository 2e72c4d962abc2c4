# Writes a manual page from a program's own --help, so that the page cannot drift from the program.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DPROGRAM=path -DNAME=estatedesk-cli -DSUMMARY="one line" -DVERSION=0.1.0
#       [-DSEE_ALSO="estatedesk(1)"] [-DEXTRA=file.roff] -DOUTPUT=file.1 -P ManPage.cmake
#
# The help text's layout becomes the page's: the "Usage:" line the SYNOPSIS, the paragraphs
# before the first "Heading:" line the DESCRIPTION, each "Heading:" a section, each entry
# ("  term" then "      description", or "  term   description" on one line) a tagged paragraph.
# The help is asked for in English; every user-visible word in it is the program's own.

execute_process(
    COMMAND ${CMAKE_COMMAND} -E env ESTATEDESK_LANG=en QT_QPA_PLATFORM=offscreen "${PROGRAM}" --help
    OUTPUT_VARIABLE help
    RESULT_VARIABLE result
    ERROR_QUIET)
if(NOT result EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} --help failed (${result})")
endif()

# roff: a backslash is \e, a minus sign \-, a line may not start with . or '.
function(roff_escape out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    if(text MATCHES "^[.']")
        set(text "\\&${text}")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

string(TOUPPER "${NAME}" upper_name)
string(REPLACE "-" "\\-" roff_name "${NAME}")
roff_escape(roff_summary "${SUMMARY}")
set(page ".\\\" Generated from ${NAME} --help at build time; do not edit.\n")
string(APPEND page ".TH ${upper_name} 1 \"\" \"EstateDesk ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${roff_name} \\- ${roff_summary}\n")

string(REPLACE ";" "\\;" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
set(section "")
foreach(line IN LISTS lines)
    if(line MATCHES "^Usage: ([^ ]+)(.*)$")
        string(STRIP "${CMAKE_MATCH_2}" args)
        roff_escape(args "${args}")
        string(APPEND page ".SH SYNOPSIS\n.B ${roff_name}\n${args}\n")
        set(section "synopsis")
    elseif(line MATCHES "^([A-Z][^:]*):$")
        string(TOUPPER "${CMAKE_MATCH_1}" heading)
        string(APPEND page ".SH \"${heading}\"\n")
        set(section "${heading}")
    elseif(line STREQUAL "")
        if(section STREQUAL "synopsis")
            string(APPEND page ".SH DESCRIPTION\n")
            set(section "description")
        elseif(NOT section STREQUAL "description")
            string(APPEND page ".PP\n")
        endif()
    elseif(line MATCHES "^  ([^ ]+( [^ ]+)*)  +([^ ].*)$")
        roff_escape(term "${CMAKE_MATCH_1}")
        roff_escape(text "${CMAKE_MATCH_3}")
        string(APPEND page ".TP\n.B ${term}\n${text}\n")
    elseif(line MATCHES "^   +([^ ].*)$")
        roff_escape(text "${CMAKE_MATCH_1}")
        string(APPEND page "${text}\n")
    elseif(line MATCHES "^  ([^ ].*)$")
        roff_escape(term "${CMAKE_MATCH_1}")
        string(APPEND page ".TP\n.B ${term}\n")
    else()
        if(section STREQUAL "synopsis")
            string(APPEND page ".SH DESCRIPTION\n")
            set(section "description")
        endif()
        roff_escape(text "${line}")
        string(APPEND page "${text}\n")
    endif()
endforeach()
if(EXTRA)
    file(READ "${EXTRA}" extra)
    string(APPEND page "${extra}")
endif()
if(SEE_ALSO)
    string(REPLACE "-" "\\-" see_also "${SEE_ALSO}")
    string(APPEND page ".SH \"SEE ALSO\"\n${see_also}\n")
endif()
file(WRITE "${OUTPUT}" "${page}")
