package io.dirshare.testcontrol;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's tables as the database describes them (JDBC metadata), so that whatever table a
 * migration adds is reset, exported and imported with no list to keep up: every table of the schema but
 * Flyway's history and the HTTP sessions. Tables come in foreign-key order, parents first.
 *
 * @param tables by lower-case name, parents before the tables that reference them
 * @param sessionTables Spring Session's tables as the database spells them, attributes first: sessions are
 * no application state, a reset or import ends them all
 */
record DatabaseSchema(Map<String, Table> tables, List<String> sessionTables) {

	private static final List<String> SESSION_TABLES = List.of("spring_session_attributes", "spring_session");

	private static final String FLYWAY_HISTORY = "flyway_schema_history";

	/**
	 * @param name as the database spells it (used in SQL)
	 * @param columns in the table's order
	 * @param primaryKey the columns rows are ordered by in an export (all columns when there is no key)
	 * @param parents the tables its foreign keys reference, lower case
	 */
	record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> parents) {

		Optional<Column> column(String key) {
			return this.columns.stream().filter((column) -> column.key().equals(key)).findFirst();
		}

	}

	/**
	 * @param name as the database spells it
	 * @param key lower case, as exports name it
	 * @param sqlType a {@link java.sql.Types} constant
	 * @param typeName the database's name of the type
	 */
	record Column(String name, String key, int sqlType, String typeName) {

	}

	static DatabaseSchema read(JdbcTemplate jdbc) {
		return jdbc.execute((ConnectionCallback<DatabaseSchema>) DatabaseSchema::read);
	}

	private static DatabaseSchema read(Connection connection) throws SQLException {
		DatabaseMetaData metadata = connection.getMetaData();
		String catalog = connection.getCatalog();
		String schema = connection.getSchema();
		Map<String, Table> tables = new TreeMap<>();
		Map<String, String> sessionTables = new TreeMap<>();
		try (ResultSet rs = metadata.getTables(catalog, schema, "%", null)) {
			while (rs.next()) {
				String type = rs.getString("TABLE_TYPE");
				String name = rs.getString("TABLE_NAME");
				String key = name.toLowerCase(Locale.ROOT);
				if (!"TABLE".equals(type) && !"BASE TABLE".equals(type) || FLYWAY_HISTORY.equals(key)) {
					continue;
				}
				if (SESSION_TABLES.contains(key)) {
					sessionTables.put(key, name);
				}
				else {
					tables.put(key, new Table(name, new ArrayList<>(), new ArrayList<>(), new TreeSet<>()));
				}
			}
		}
		for (Table table : tables.values()) {
			readColumns(metadata, catalog, schema, table);
		}
		return new DatabaseSchema(parentsFirst(tables),
				SESSION_TABLES.stream().filter(sessionTables::containsKey).map(sessionTables::get).toList());
	}

	private static void readColumns(DatabaseMetaData metadata, String catalog, String schema, Table table)
			throws SQLException {
		Map<Integer, Column> columns = new TreeMap<>();
		String escape = metadata.getSearchStringEscape();
		String namePattern = table.name().replace("_", escape + "_").replace("%", escape + "%");
		try (ResultSet rs = metadata.getColumns(catalog, schema, namePattern, "%")) {
			while (rs.next()) {
				String name = rs.getString("COLUMN_NAME");
				columns.put(rs.getInt("ORDINAL_POSITION"), new Column(name, name.toLowerCase(Locale.ROOT),
						rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
			}
		}
		table.columns().addAll(columns.values());
		Map<Integer, String> key = new TreeMap<>();
		try (ResultSet rs = metadata.getPrimaryKeys(catalog, schema, table.name())) {
			while (rs.next()) {
				key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
			}
		}
		table.primaryKey().addAll(key.isEmpty() ? table.columns().stream().map(Column::name).toList() : key.values());
		try (ResultSet rs = metadata.getImportedKeys(catalog, schema, table.name())) {
			while (rs.next()) {
				String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
				if (!parent.equalsIgnoreCase(table.name())) {
					table.parents().add(parent);
				}
			}
		}
	}

	/** Orders the tables so that each comes after every table it references (alphabetically otherwise). */
	private static Map<String, Table> parentsFirst(Map<String, Table> tables) {
		Map<String, Table> ordered = new LinkedHashMap<>();
		Set<String> remaining = new LinkedHashSet<>(tables.keySet());
		while (!remaining.isEmpty()) {
			String next = remaining.stream()
				.filter((name) -> tables.get(name)
					.parents()
					.stream()
					.allMatch((parent) -> ordered.containsKey(parent) || !tables.containsKey(parent)))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"The foreign keys between these tables form a cycle, so no insert order exists: " + remaining));
			ordered.put(next, tables.get(next));
			remaining.remove(next);
		}
		return ordered;
	}

	/** The tables children first: the order to delete in. */
	List<Table> childrenFirst() {
		List<Table> reversed = new ArrayList<>(this.tables.values());
		Collections.reverse(reversed);
		return reversed;
	}

}
