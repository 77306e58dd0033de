# Installation and the Debian package (`cpack -G DEB` in the build folder → marquee_<version>_amd64.deb).
# Included from the top-level CMakeLists.txt after the targets exist.
include(GNUInstallDirs)

set(MARQUEE_APP_ID org.marquee.Marquee)
install(TARGETS marquee marquee-cli marquee-demo-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/resources/marquee.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications RENAME ${MARQUEE_APP_ID}.desktop)

# AppStream screenshots: software centres fetch them by address, from docs/screenshots/ as the published repository
# serves its raw files at this release's tag, e.g.
#   -DMARQUEE_SCREENSHOTS_URL=https://github.com/OWNER/marquee/raw/v${PROJECT_VERSION}/docs/screenshots
# By default they sit beside the homepage (https://marquee.org/, as in the metainfo and packaging/copyright); an empty
# value leaves them out.
set(MARQUEE_SCREENSHOTS_URL "https://marquee.org/screenshots" CACHE STRING
    "https address of docs/screenshots/ in the published repository, at this release's tag (AppStream screenshots)")
set(marquee_screenshots
  "library.png|A library's poster grid, read from the local cache"
  "home.png|Home: Continue Watching, Next Up and the latest of each library"
  "show.png|A show with its seasons and episodes"
  "preferences-dark.png|Preferences in the dark theme")

# Writes the metainfo to @p output with its screenshots under @p base_url (none when it is empty). Every screenshot
# must be in docs/screenshots/; its size is read from the PNG's header, so it never drifts from the file.
function(marquee_write_metainfo output base_url)
  set(MARQUEE_METAINFO_SCREENSHOTS "")
  if(base_url)
    string(APPEND MARQUEE_METAINFO_SCREENSHOTS "  <screenshots>\n")
    set(type " type=\"default\"")
    foreach(entry ${marquee_screenshots})
      string(REPLACE "|" ";" parts "${entry}")
      list(GET parts 0 file)
      list(GET parts 1 caption)
      set(png ${CMAKE_SOURCE_DIR}/docs/screenshots/${file})
      if(NOT EXISTS ${png})
        message(FATAL_ERROR "AppStream screenshot ${png} is not in the repository")
      endif()
      file(READ ${png} size OFFSET 16 LIMIT 8 HEX)
      string(SUBSTRING "${size}" 0 8 width)
      string(SUBSTRING "${size}" 8 8 height)
      math(EXPR width "0x${width}")
      math(EXPR height "0x${height}")
      string(APPEND MARQUEE_METAINFO_SCREENSHOTS
        "    <screenshot${type}>\n"
        "      <caption>${caption}</caption>\n"
        "      <image type=\"source\" width=\"${width}\" height=\"${height}\">${base_url}/${file}</image>\n"
        "    </screenshot>\n")
      set(type "")
    endforeach()
    string(APPEND MARQUEE_METAINFO_SCREENSHOTS "  </screenshots>")
  endif()
  configure_file(${CMAKE_SOURCE_DIR}/resources/${MARQUEE_APP_ID}.metainfo.xml.in ${output} @ONLY)
endfunction()

set(MARQUEE_METAINFO ${CMAKE_BINARY_DIR}/packaging/${MARQUEE_APP_ID}.metainfo.xml)
if(NOT MARQUEE_SCREENSHOTS_URL)
  message(STATUS "The AppStream metainfo lists no screenshots: set MARQUEE_SCREENSHOTS_URL to where docs/screenshots/ "
                 "of this release is published")
endif()
marquee_write_metainfo(${MARQUEE_METAINFO} "${MARQUEE_SCREENSHOTS_URL}")
install(FILES ${MARQUEE_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The screenshots' form is checked whatever the address: appstreamcli validates a copy with an example one.
find_program(MARQUEE_APPSTREAMCLI appstreamcli)
if(MARQUEE_BUILD_TESTS AND MARQUEE_APPSTREAMCLI)
  set(example ${CMAKE_BINARY_DIR}/packaging/example/${MARQUEE_APP_ID}.metainfo.xml)
  marquee_write_metainfo(${example} "https://example.org/marquee/raw/v${PROJECT_VERSION}/docs/screenshots")
  add_test(NAME metainfo_screenshots_validate COMMAND ${MARQUEE_APPSTREAMCLI} validate --pedantic --no-net ${example})
endif()
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/marquee.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${MARQUEE_APP_ID}.svg)
# The PNGs are rendered from the SVG by packaging/render-icons.sh and kept in the repository.
foreach(size 16 22 24 32 48 64 128 256 512)
  install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/${MARQUEE_APP_ID}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Debian wants the copyright and changelog under /usr/share/doc/<package>, the changelog gzipped with -9n.
set(MARQUEE_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/marquee)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/copyright DESTINATION ${MARQUEE_DOC_DIR})
set(MARQUEE_GENERATED_DOCS ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
  COMMAND sh -c "gzip -9n -c '${CMAKE_SOURCE_DIR}/packaging/changelog' > '${CMAKE_BINARY_DIR}/packaging/changelog.gz'"
  DEPENDS ${CMAKE_SOURCE_DIR}/packaging/changelog
  VERBATIM)
install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.gz DESTINATION ${MARQUEE_DOC_DIR})

# Manual pages made from each program's own --help (help2man), so they never drift from it.
find_program(MARQUEE_HELP2MAN help2man)
if(MARQUEE_HELP2MAN)
  set(marquee_man_names
    "marquee|offline-first desktop client for Jellyfin media servers"
    "marquee-cli|keep Marquee's offline Jellyfin cache from the command line"
    "marquee-demo-server|a Jellyfin-compatible server over a generated demo library")
  foreach(entry ${marquee_man_names})
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 program)
    list(GET parts 1 summary)
    set(page ${CMAKE_BINARY_DIR}/packaging/${program}.1.gz)
    add_custom_command(OUTPUT ${page}
      COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
              ${MARQUEE_HELP2MAN} --no-info --no-discard-stderr --section=1 --name=${summary}
              --include=${CMAKE_SOURCE_DIR}/packaging/man/${program}.h2m
              --output=${CMAKE_BINARY_DIR}/packaging/${program}.1 $<TARGET_FILE:${program}>
      COMMAND sh -c "gzip -9n -f '${CMAKE_BINARY_DIR}/packaging/${program}.1'"
      DEPENDS ${program} ${CMAKE_SOURCE_DIR}/packaging/man/${program}.h2m
      VERBATIM)
    list(APPEND MARQUEE_GENERATED_DOCS ${page})
    install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  endforeach()
else()
  message(WARNING "help2man was not found: the package will have no manual pages (bash packaging/dev.sh installs it)")
endif()
add_custom_target(marquee_docs ALL DEPENDS ${MARQUEE_GENERATED_DOCS})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME marquee)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Marquee developers")
set(CPACK_PACKAGE_CONTACT "The Marquee developers <developers@marquee.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline-first desktop client for Jellyfin media servers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://marquee.org/)
# CPack puts the summary above this text itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Marquee opens instantly from a local copy of your Jellyfin libraries, keeps
them browsable with no network, refreshes in the background only what is on
screen, and keeps playback progress until the server has it. It plays in the
window with libmpv, follows the desktop's light or dark colours, and comes
with marquee-cli for scripts and a built-in demo server.")
# The libraries the programs link are found by dpkg-shlibdeps. Qt loads the SQLite driver and the SVG icon engine
# (the app's icon) as plugins, which no linker sees: those two packages are named here, and Qt's own translations
# are recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
