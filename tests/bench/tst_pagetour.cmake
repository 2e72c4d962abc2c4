# tst_pagetour (issue 18): builds a demo office of CLIENTS clients with the console program (a
# practice database, "now" 27 Nov 2026 10:00 as estatedesk-pagetour has it), then opens every page
# of its main window with the GUI-thread watchdog on; fails when the watchdog logs a statement over
# 16 ms on the GUI thread (estatedesk-pagetour exits 1 then) or anything else goes wrong.
# cmake -DCLI=… -DTOUR=… -DDIR=… -DCLIENTS=100000 -P tst_pagetour.cmake
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}")
set(office "${DIR}/office.sqlite")
execute_process(COMMAND "${CLI}" --db "${office}" init --practice RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "estatedesk-cli init --practice failed: ${rc}")
endif()
string(TIMESTAMP started "%s")
execute_process(COMMAND "${CLI}" --db "${office}" --at "2026-11-27 10:00" demo --clients ${CLIENTS}
                RESULT_VARIABLE rc)
string(TIMESTAMP built "%s")
math(EXPR seconds "${built} - ${started}")
message(STATUS "demo office of ${CLIENTS} clients built in ${seconds} s")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "estatedesk-cli demo failed: ${rc}")
endif()
set(ENV{ESTATEDESK_GUI_WATCHDOG} 1)
execute_process(COMMAND "${TOUR}" --db "${office}" RESULT_VARIABLE rc)
string(TIMESTAMP toured "%s")
math(EXPR seconds "${toured} - ${built}")
message(STATUS "every page opened in ${seconds} s")
file(REMOVE_RECURSE "${DIR}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "estatedesk-pagetour: ${rc} (1: the watchdog logged a statement over 16 ms on the GUI thread)")
endif()
