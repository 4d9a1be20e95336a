package com.restwise.storage;

/**
 * Where the client records are: on this computer (the default), or in the practice's database,
 * with what a desktop needs to find it. The password is never part of it: it is asked when the
 * records are first opened and kept in memory only.
 *
 * @param practice          the records are the practice database's
 * @param caFile            the practice's CA certificate file; empty when none was chosen
 * @param uncheckedAccepted the person chose to connect without checking the server, knowing the risk
 * @param lockMinutes       minutes without a key press or click after which the records lock
 */
public record RecordsPlace(
        boolean practice,
        String host,
        int port,
        String database,
        String login,
        String caFile,
        boolean uncheckedAccepted,
        int lockMinutes) {

    public static final int DEFAULT_PORT = 5432;
    public static final int DEFAULT_LOCK_MINUTES = 15;
    public static final int MAX_LOCK_MINUTES = 240;

    public static final RecordsPlace THIS_COMPUTER =
            new RecordsPlace(false, "", DEFAULT_PORT, "", "", "", false, DEFAULT_LOCK_MINUTES);

    public RecordsPlace {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        login = login == null ? "" : login.strip();
        caFile = caFile == null ? "" : caFile.strip();
        port = port < 1 || port > 65535 ? DEFAULT_PORT : port;
        lockMinutes = lockMinutes < 1 || lockMinutes > MAX_LOCK_MINUTES ? DEFAULT_LOCK_MINUTES : lockMinutes;
    }
}
