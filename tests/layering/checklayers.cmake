# Fails when a library includes what its layer must not: the pre-labelling code returns values
# and never includes the store (jobs in model/jobs apply them); the formats are codecs that read
# into an ImportSink and write from an ExportSource, and include neither the store nor the jobs
# that run them; the core value types include nothing above them; the model never includes
# Widgets; nothing outside model/store speaks SQL.
# Run by ctest as `cmake -DSOURCE_DIR=... -P checklayers.cmake`.
set(failures "")

# Every line of the files matching a glob that matches regex is a failure, said with why.
function(forbid glob_mode folder regex why)
    file(${glob_mode} files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file ${files})
        file(STRINGS "${file}" lines REGEX "${regex}")
        if(lines)
            list(APPEND failures "${file}: ${why}: ${lines}")
        endif()
    endforeach()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

forbid(GLOB model/prelabel "#include \"store/|ProjectStore" "uses the store")
forbid(GLOB_RECURSE model/formats
       "#include \"(store|jobs|document|sync|team|bundle)/|ProjectStore|SqliteDatabase|sqlite3"
       "a codec that uses the store or a job")
forbid(GLOB model/core
       "#include \"(store|jobs|formats|document|sync|team|bundle|items|commands|quality|eval|prelabel)/"
       "core includes a layer above it")
# The store is the only code that speaks SQL (so that a second backend changes one folder).
set(sql "sqlite3|Sqlite(Database|Statement)|store/(sqldialect|sqlitedatabase)[.]h|[.>]database[(][)]|\"(SELECT |INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TEMP |UNIQUE )?(TABLE|TRIGGER|INDEX)|DROP (TABLE|TRIGGER)|PRAGMA |VACUUM|BEGIN|COMMIT|ROLLBACK)")
foreach(folder bundle commands core document eval formats items jobs prelabel quality sync team util)
    forbid(GLOB_RECURSE model/${folder} "${sql}" "speaks SQL outside model/store")
endforeach()
forbid(GLOB_RECURSE app "${sql}" "speaks SQL outside model/store")
forbid(GLOB_RECURSE widgets "${sql}" "speaks SQL outside model/store")
forbid(GLOB_RECURSE model "#include <Q(Widget|Dialog|MainWindow|Application)>|#include <QtWidgets"
       "includes Qt Widgets")

if(failures)
    string(REPLACE ";" "\n" text "${failures}")
    message(FATAL_ERROR "${text}")
endif()
message(STATUS "layers respected")
