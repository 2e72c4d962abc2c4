# Installs the build into a scratch tree, as the Debian package does, and checks what a
# desktop needs is there and valid: the programs, the menu entry, the icons, the metainfo, the
# manual pages and the package documents.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DBUILD=dir -DDEST=dir -DDESKTOP_FILE_VALIDATE=path -DAPPSTREAMCLI=path -P InstallTree.cmake

file(REMOVE_RECURSE "${DEST}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${DEST}/usr"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()

set(expected
    usr/bin/estatedesk
    usr/bin/estatedesk-cli
    usr/share/applications/io.github.estatedesk.EstateDesk.desktop
    usr/share/metainfo/io.github.estatedesk.EstateDesk.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/estatedesk.svg
    usr/share/man/man1/estatedesk.1.gz
    usr/share/man/man1/estatedesk-cli.1.gz
    usr/share/doc/estatedesk/copyright
    usr/share/doc/estatedesk/changelog.gz)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND expected usr/share/icons/hicolor/${size}x${size}/apps/estatedesk.png)
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS "${DEST}/${file}")
        message(FATAL_ERROR "not installed: /${file}")
    endif()
endforeach()

# desktop-file-validate prints warnings and hints with exit status 0: any output fails here.
execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${DEST}/usr/share/applications/io.github.estatedesk.EstateDesk.desktop"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT result EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate (${result}):\n${out}")
endif()
# The metainfo alone, then with the tree it describes (the menu entry it launches, the icon).
foreach(args IN ITEMS "validate;--no-net;${DEST}/usr/share/metainfo/io.github.estatedesk.EstateDesk.metainfo.xml"
                      "validate-tree;--no-net;${DEST}")
    execute_process(COMMAND "${APPSTREAMCLI}" ${args} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message(STATUS "appstreamcli ${args}:\n${out}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "appstreamcli failed (${result})")
    endif()
endforeach()
message(STATUS "installed and valid: ${DEST}")
