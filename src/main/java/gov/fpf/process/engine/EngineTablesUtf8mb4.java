package gov.fpf.process.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On MySQL and MariaDB the engine's create scripts make the ACT_* tables {@code utf8} (utf8mb3: at most 3 bytes a
 * character), so an emoji or a CJK Extension B character in a rationale, a comment or a business key could not be
 * stored or even compared (review B2), while our own tables are utf8mb4. Once the engine has created (or found) its
 * schema, every ACT_* table still in a 3-byte character set is converted to utf8mb4 with the binary collation the
 * scripts use (utf8mb4_bin: ids stay case-sensitive). Idempotent: a converted table is left alone, so this costs one
 * information_schema query on later starts. Foreign keys between engine tables are converted one table at a time
 * with their foreign keys dropped and put back as they were (MariaDB refuses otherwise). Indexes fit: InnoDB's DYNAMIC rows allow 3072
 * bytes per index and the engine's widest index is below that in utf8mb4.
 */
@Component
class EngineTablesUtf8mb4 extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineTablesUtf8mb4.class);
    private static final Set<String> MYSQL_FAMILY = Set.of("mysql", "mariadb");

    private DataSource dataSource;
    private String databaseType;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        this.dataSource = configuration.getDataSource();
        this.databaseType = configuration.getDatabaseType();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (dataSource == null || databaseType == null || !MYSQL_FAMILY.contains(databaseType)) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = threeByteEngineTables(connection);
            if (tables.isEmpty()) {
                return;
            }
            log.info("Converting {} engine tables to utf8mb4 (utf8mb4_bin)", tables.size());
            List<String> foreignKeys = engineForeignKeys(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION foreign_key_checks = 0");
                try {
                    // MariaDB refuses to change a column's character set while a foreign key names it, even with the
                    // checks off: the keys are dropped, the tables converted, and the keys put back as they were
                    for (String fk : foreignKeys) {
                        String[] parts = fk.split("\t", 2);
                        statement.execute("ALTER TABLE `" + parts[0] + "` DROP FOREIGN KEY `" + parts[1].split("\t")[0] + "`");
                    }
                    for (String table : tables) {
                        statement.execute("ALTER TABLE `" + table + "` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                    }
                } finally {
                    for (String fk : foreignKeys) {
                        String[] f = fk.split("\t");
                        statement.execute("ALTER TABLE `" + f[0] + "` ADD CONSTRAINT `" + f[1] + "` FOREIGN KEY (" + f[2]
                                + ") REFERENCES `" + f[3] + "` (" + f[4] + ") ON DELETE " + f[5] + " ON UPDATE " + f[6]);
                    }
                    statement.execute("SET SESSION foreign_key_checks = 1");
                }
            }
            log.info("Engine tables converted to utf8mb4");
        } catch (SQLException e) {
            log.warn("Could not convert the engine tables to utf8mb4 ({}). Characters outside the Basic Multilingual Plane"
                    + " (emoji, rare CJK) cannot be stored in them; convert them as README's production path says.",
                    e.getMessage());
        }
    }

    /** The engine's foreign keys as "table, name, columns, referenced table, referenced columns, delete, update" (tab-separated). */
    static List<String> engineForeignKeys(Connection connection) throws SQLException {
        java.util.Map<String, String[]> keys = new java.util.LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME,"
                     + " k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE"
                     + " FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
                     + " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
                     + " AND r.TABLE_NAME = k.TABLE_NAME"
                     + " WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL"
                     + " AND UPPER(k.TABLE_NAME) LIKE 'ACT\\_%'"
                     + " ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
            while (rs.next()) {
                String id = rs.getString(1) + "\t" + rs.getString(2);
                String[] key = keys.get(id);
                if (key == null) {
                    keys.put(id, new String[] {rs.getString(1), rs.getString(2), "`" + rs.getString(3) + "`",
                            rs.getString(4), "`" + rs.getString(5) + "`", rs.getString(6), rs.getString(7)});
                } else {
                    key[2] += ", `" + rs.getString(3) + "`";
                    key[4] += ", `" + rs.getString(5) + "`";
                }
            }
        }
        return keys.values().stream().map(k -> String.join("\t", k)).toList();
    }

    static List<String> threeByteEngineTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
                     + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
                     + " AND UPPER(TABLE_NAME) LIKE 'ACT\\_%' AND TABLE_COLLATION NOT LIKE 'utf8mb4%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
