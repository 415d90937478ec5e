// The system SQLite (Debian libsqlite3-dev), for the Match benchmark's comparison query.
#include <sqlite3.h>
