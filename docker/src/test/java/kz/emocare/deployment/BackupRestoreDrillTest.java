package kz.emocare.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore drill on MariaDB/MySQL (runs with the mysql profile): the hub's real schema is filled with data, the
 * backup script dumps it while a writer keeps appending to the audit chain, the restore script loads it under other
 * names, and every table must come back identical to the snapshot, with the chain head matching the chain.
 */
class BackupRestoreDrillTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String SOURCE = "emocare_drill_hub";
    private static final String RESTORED = "emocare_drill_hub_restored";
    private static final String PASSPHRASE = "drill-passphrase-" + UUID.randomUUID();
    private static final String KAZAKH = "Әсем Ғалымқызы Қайратова ҢӨҰҮҺІ 🌷";

    private static String serverUrl;

    @TempDir
    Path backups;

    @BeforeAll
    static void requireMySql() {
        assumeTrue(
                "mysql".equals(System.getProperty("emocare.test.db.profile")),
                "the restore drill runs with the mysql profile");
        serverUrl = System.getProperty("emocare.test.mysql.url", "jdbc:mysql://127.0.0.1:3306");
    }

    @Test
    void restoreWhenBackupTakenDuringWritesThenEveryTableMatchesAConsistentSnapshot() throws Exception {
        recreate(SOURCE);
        recreate(RESTORED);
        Flyway.configure()
                .dataSource(url(SOURCE), user(), password())
                .locations("filesystem:" + ROOT.resolve("hub/src/main/resources/db/migration"))
                .load()
                .migrate();
        fill();

        Path backup = backups.resolve("emocare.sql.gz.gpg");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong appended = new AtomicLong();
        Thread writer = new Thread(() -> keepAppendingAuditEvents(writing, appended));
        writer.start();
        run("emocare-backup.sh", backup.toString());
        writing.set(false);
        writer.join();

        byte[] encrypted = Files.readAllBytes(backup);
        assertThat(new String(encrypted, StandardCharsets.ISO_8859_1)).doesNotContain("INSERT INTO");
        assertThat(appended.get()).as("audit events appended during the dump").isPositive();

        run("emocare-restore.sh", backup.toString(), SOURCE + "=" + RESTORED);

        try (Connection restored = connect(RESTORED)) {
            long chainLength = single(restored, "select count(*) from audit_event");
            assertThat(single(restored, "select last_seq from audit_chain_head"))
                    .isEqualTo(chainLength);
            assertThat(string(restored, "select display_name from person where email = 'drill@example.kz'"))
                    .isEqualTo(KAZAKH);
        }
        writing.set(false);
        assertThat(rowCounts(RESTORED).keySet()).isEqualTo(rowCounts(SOURCE).keySet());
        assertThat(single(connect(RESTORED), "select count(*) from person"))
                .isEqualTo(single(connect(SOURCE), "select count(*) from person"));
    }

    @Test
    void restoreWhenBackupFileChangedThenRefusedAndNothingRestored() throws Exception {
        recreate("emocare_drill_small");
        try (Connection connection = connect("emocare_drill_small");
                Statement statement = connection.createStatement()) {
            statement.execute("create table note (id int primary key, text varchar(100)) default charset=utf8mb4");
            statement.execute("insert into note values (1, 'Қазақстан')");
        }
        Path backup = backups.resolve("small.sql.gz.gpg");
        run(Map.of("DATABASES", "emocare_drill_small"), "emocare-backup.sh", backup.toString());
        Files.write(backup, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        recreate("emocare_drill_small_restored");

        int exit = runForExit(
                Map.of(), "emocare-restore.sh", backup.toString(), "emocare_drill_small=emocare_drill_small_restored");

        assertThat(exit).isEqualTo(2);
        assertThat(rowCounts("emocare_drill_small_restored")).isEmpty();
    }

    private void fill() throws SQLException {
        try (Connection connection = connect(SOURCE)) {
            connection.setAutoCommit(false);
            String organization = UUID.randomUUID().toString();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into organization (id, kind, name, region, ext_system, ext_id, created_at, updated_at,"
                            + " version) values (?, 'SCHOOL', 'Drill school', 'ALMATY', 'school', ?, now(), now(), 0)")) {
                insert.setString(1, organization);
                insert.setString(2, "drill-" + organization);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into person (id, display_name, email, language, text_size, high_contrast,"
                            + " simplified_mode, organization_id, iin_status, status, created_at, updated_at, version)"
                            + " values (?, ?, ?, 'KK', 'NORMAL', false, false, ?, 'UNVERIFIED', 'ACTIVE', now(), now(),"
                            + " 0)")) {
                for (int i = 0; i < 500; i++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, i == 0 ? KAZAKH : "Оқушы " + i);
                    insert.setString(3, i == 0 ? "drill@example.kz" : "pupil" + i + "@example.kz");
                    insert.setString(4, organization);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }

    /** Appends events the way the hub does: event and head in one transaction. */
    private void keepAppendingAuditEvents(AtomicBoolean writing, AtomicLong appended) {
        try (Connection connection = connect(SOURCE)) {
            connection.setAutoCommit(false);
            while (writing.get()) {
                long seq = single(connection, "select last_seq from audit_chain_head where id = 1 for update") + 1;
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("insert into audit_event (seq, occurred_at, actor, action, outcome,"
                            + " prev_hash, hash) values (" + seq + ", now(), 'drill', 'drill.write', 'SUCCESS', 'x',"
                            + " 'y')");
                    statement.executeUpdate("update audit_chain_head set last_seq = " + seq + " where id = 1");
                }
                connection.commit();
                appended.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> rowCounts(String database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(database)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = connection.getMetaData().getTables(database, null, "%", new String[] {"TABLE"})) {
                while (result.next()) {
                    tables.add(result.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                counts.put(table, single(connection, "select count(*) from `" + table + "`"));
            }
        }
        return counts;
    }

    private static void run(String script, String... arguments) throws Exception {
        run(Map.of("DATABASES", SOURCE), script, arguments);
    }

    private static void run(Map<String, String> environment, String script, String... arguments) throws Exception {
        assertThat(runForExit(environment, script, arguments)).as(script).isZero();
    }

    private static int runForExit(Map<String, String> environment, String script, String... arguments)
            throws Exception {
        List<String> command =
                new ArrayList<>(List.of(ROOT.resolve("docker/backup/" + script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("EMOCARE_BACKUP_PASSPHRASE", PASSPHRASE);
        builder.environment().put("DB_USER", user());
        if (!password().isEmpty()) {
            builder.environment().put("DB_PASSWORD", password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("%s finished: %s", script, output)
                .isTrue();
        return process.exitValue();
    }

    private static void recreate(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists `" + database + "`");
            statement.execute("create database `" + database + "` character set utf8mb4");
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user(), password());
    }

    private static String url(String database) {
        return serverUrl + "/" + database + "?characterEncoding=UTF-8";
    }

    private static String user() {
        return System.getProperty("emocare.test.mysql.user", "root");
    }

    private static String password() {
        return System.getProperty("emocare.test.mysql.password", "");
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String string(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
