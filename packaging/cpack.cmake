# The Debian package. Build it from a configured and built tree with
#   cpack --config <build dir>/CPackConfig.cmake -B <build dir>/package
# (or `cmake --build <build dir> --target package`). Libraries the programs
# link are found by dpkg-shlibdeps; what Qt loads at run time as plugins, and
# the font, must be listed by hand.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "dutymap")
set(CPACK_PACKAGE_VENDOR "The Dutymap authors")
set(CPACK_PACKAGE_CONTACT "The Dutymap authors <dutymap@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The synopsis line comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the
# extended description below it.
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Dutymap is a desktop planner for co-managed IT, where a company's internal\n"
    "IT team works beside a managed service provider. It keeps the agreement\n"
    "between the two as a RACI matrix (Responsible, Accountable, Consulted,\n"
    "Informed) with escalation rules and tool access, checks it for gaps such\n"
    "as duties without an owner, and saves it as one .dutymap file.\n"
    ".\n"
    "The package holds the program dutymap and the command line tool\n"
    "dutymap-cli, which creates, checks and exports agreements without a display.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# QSQLITE, QPSQL (the shared store) and the platform plugins are loaded at
# run time, so dpkg-shlibdeps cannot see them; without a font every text renders as empty boxes. The Noto
# fonts draw the scripts DejaVu lacks (Devanagari, Chinese, Japanese, Korean and
# more) on screen and in the PDF.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, fonts-dejavu-core, fonts-noto-core, fonts-noto-cjk")
# Qt's own texts (standard buttons, help of the command line) in the user's language,
# and the databases that pick up the desktop entry, file type and icons.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, shared-mime-info, desktop-file-utils, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xdg-utils")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

include(CPack)
