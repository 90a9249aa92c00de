package io.dirshare.testcontrol;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.dirshare.identity.AccessKeyService;
import io.dirshare.testcontrol.DatabaseSchema.Column;
import io.dirshare.testcontrol.DatabaseSchema.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole database as one JSON document, and back: every table of {@link DatabaseSchema}, every row
 * ordered by its primary key, every column (nulls too). Values are typed by the column: text, numbers
 * and booleans as JSON's own, timestamps as ISO-8601 instants in UTC, binary as base64. Importing a
 * document replaces everything in one transaction, so a document that does not fit changes nothing.
 */
@Component
class DatabaseState {

	static final String FORMAT = "dirshare-state";

	static final int FORMAT_VERSION = 1;

	private static final int MAX_ATTEMPTS = 3;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final AccessKeyService accessKeys;

	private final JsonMapper json = JsonMapper.builder().build();

	DatabaseState(JdbcTemplate jdbc, TransactionTemplate transaction, AccessKeyService accessKeys) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.accessKeys = accessKeys;
	}

	DatabaseSchema schema() {
		return DatabaseSchema.read(this.jdbc);
	}

	/** The schema's Flyway version: a document imports only into the schema it came from. */
	String schemaVersion() {
		return this.jdbc.query("SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL "
				+ "ORDER BY installed_rank DESC", (ResultSet rs) -> rs.next() ? rs.getString(1) : null);
	}

	ObjectNode export() {
		this.accessKeys.writePendingLastUses();
		DatabaseSchema schema = schema();
		return this.transaction.execute((status) -> {
			ObjectNode document = this.json.createObjectNode();
			document.put("format", FORMAT);
			document.put("formatVersion", FORMAT_VERSION);
			document.put("schemaVersion", schemaVersion());
			ObjectNode tables = document.putObject("tables");
			for (Table table : schema.tables().values()) {
				ArrayNode rows = tables.putArray(table.name().toLowerCase(Locale.ROOT));
				String order = String.join(", ", table.primaryKey());
				this.jdbc.query("SELECT * FROM " + table.name() + " ORDER BY " + order, (ResultSet rs) -> {
					ObjectNode row = rows.addObject();
					for (Column column : table.columns()) {
						write(row, column, rs);
					}
				});
			}
			return document;
		});
	}

	/** Deletes every row of the application's tables and every session, inside the caller's transaction. */
	void deleteEverything(DatabaseSchema schema) {
		for (String sessions : schema.sessionTables()) {
			this.jdbc.update("DELETE FROM " + sessions);
		}
		for (Table table : schema.childrenFirst()) {
			this.jdbc.update("DELETE FROM " + table.name());
		}
	}

	/**
	 * Replaces the database's content with the document's, in one transaction; a table the document
	 * leaves out ends up empty, a column a row leaves out gets its default.
	 *
	 * @return rows imported per table
	 */
	Map<String, Integer> importDocument(JsonNode document) {
		DatabaseSchema schema = schema();
		Map<Table, List<Rows>> inserts = checked(document, schema);
		try {
			replace(schema, () -> inserts.forEach((table, rows) -> rows.forEach((same) -> insert(table, same))));
		}
		catch (DataAccessException refused) {
			throw new TestControlException("ImportRefused", "The database refused the document, so nothing was changed: "
					+ NestedExceptionUtils.getMostSpecificCause(refused).getMessage(), refused);
		}
		this.accessKeys.forgetPendingLastUses();
		Map<String, Integer> counts = new LinkedHashMap<>();
		inserts.forEach((table, rows) -> counts.put(table.name().toLowerCase(Locale.ROOT),
				rows.stream().mapToInt((same) -> same.values().size()).sum()));
		return counts;
	}

	/**
	 * Deletes everything and runs {@code fill}, in one transaction. The settle jobs of every instance
	 * write meanwhile; should the database pick this transaction as a deadlock's victim, it runs again.
	 */
	void replace(DatabaseSchema schema, Runnable fill) {
		for (int attempt = 1;; attempt++) {
			try {
				this.transaction.executeWithoutResult((status) -> {
					deleteEverything(schema);
					fill.run();
				});
				return;
			}
			catch (PessimisticLockingFailureException deadlock) {
				if (attempt == MAX_ATTEMPTS) {
					throw deadlock;
				}
			}
		}
	}

	private record Rows(List<Column> columns, List<Object[]> values) {

	}

	/** The document's rows as statement parameters (rows naming the same columns together), or a refusal naming the first thing that does not fit. */
	private Map<Table, List<Rows>> checked(JsonNode document, DatabaseSchema schema) {
		if (document == null || !document.isObject()) {
			throw invalid("The document is not a JSON object.");
		}
		if (!FORMAT.equals(document.path("format").asString(null))
				|| document.path("formatVersion").asInt(0) != FORMAT_VERSION) {
			throw invalid("The document is not a dirshare state export: it needs \"format\": \"" + FORMAT
					+ "\" and \"formatVersion\": " + FORMAT_VERSION + ".");
		}
		String version = schemaVersion();
		String documentVersion = document.path("schemaVersion").asString(null);
		if (!Objects.equals(version, documentVersion)) {
			throw invalid("The document was exported from schema version " + documentVersion
					+ ", this database is at version " + version + ": export it again from this version of dirshare.");
		}
		JsonNode tables = document.path("tables");
		if (!tables.isObject()) {
			throw invalid("The document has no \"tables\" object.");
		}
		for (String name : tables.propertyNames()) {
			if (!schema.tables().containsKey(name)) {
				throw invalid("The document has a table \"" + name + "\", which this database does not have.");
			}
		}
		Map<Table, List<Rows>> inserts = new LinkedHashMap<>();
		for (Map.Entry<String, Table> entry : schema.tables().entrySet()) {
			JsonNode rows = tables.path(entry.getKey());
			if (rows.isMissingNode() || rows.isNull()) {
				continue;
			}
			if (!rows.isArray()) {
				throw invalid("Table \"" + entry.getKey() + "\" is not an array of rows.");
			}
			inserts.put(entry.getValue(), checkedRows(entry.getValue(), rows));
		}
		return inserts;
	}

	private List<Rows> checkedRows(Table table, JsonNode rows) {
		Map<List<Column>, List<Object[]>> byColumns = new LinkedHashMap<>();
		for (int index = 0; index < rows.size(); index++) {
			JsonNode row = rows.get(index);
			String where = "Table \"" + table.name().toLowerCase(Locale.ROOT) + "\", row " + (index + 1);
			if (!row.isObject()) {
				throw invalid(where + " is not an object.");
			}
			List<Column> columns = new ArrayList<>();
			for (String key : row.propertyNames()) {
				columns.add(table.column(key)
					.orElseThrow(() -> invalid(where + " has a column \"" + key + "\", which the table does not have.")));
			}
			Object[] values = new Object[columns.size()];
			for (int i = 0; i < columns.size(); i++) {
				values[i] = parameter(columns.get(i), row.get(columns.get(i).key()), where);
			}
			byColumns.computeIfAbsent(columns, (key) -> new ArrayList<>()).add(values);
		}
		return byColumns.entrySet().stream().map((entry) -> new Rows(entry.getKey(), entry.getValue())).toList();
	}

	private void insert(Table table, Rows rows) {
		if (rows.values().isEmpty()) {
			return;
		}
		String sql = "INSERT INTO " + table.name() + " ("
				+ rows.columns().stream().map(Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
				+ rows.columns().stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")";
		int[] types = rows.columns().stream().mapToInt((column) -> parameterType(column.sqlType())).toArray();
		this.jdbc.batchUpdate(sql, rows.values(), types);
	}

	private static void write(ObjectNode row, Column column, ResultSet rs) throws SQLException {
		String key = column.key();
		String name = column.name();
		switch (kind(column)) {
			case TEXT -> row.put(key, rs.getString(name));
			case INTEGER -> row.put(key, rs.getLong(name));
			case BOOLEAN -> row.put(key, rs.getBoolean(name));
			case DECIMAL -> row.put(key, rs.getBigDecimal(name));
			case FLOAT -> row.put(key, rs.getDouble(name));
			case TIMESTAMP -> {
				Timestamp value = rs.getTimestamp(name);
				row.put(key, (value != null) ? value.toInstant().toString() : null);
			}
			case DATE -> {
				Date value = rs.getDate(name);
				row.put(key, (value != null) ? value.toLocalDate().toString() : null);
			}
			case TIME -> {
				Time value = rs.getTime(name);
				row.put(key, (value != null) ? value.toLocalTime().toString() : null);
			}
			case BINARY -> {
				byte[] value = rs.getBytes(name);
				row.put(key, (value != null) ? Base64.getEncoder().encodeToString(value) : null);
			}
		}
		if (rs.wasNull()) {
			row.putNull(key);
		}
	}

	private static Object parameter(Column column, JsonNode value, String where) {
		if (value == null || value.isNull()) {
			return null;
		}
		String at = where + ", column \"" + column.key() + "\" (" + column.typeName() + ")";
		try {
			return switch (kind(column)) {
				case TEXT -> textual(value, at);
				case INTEGER -> {
					if (!value.isIntegralNumber() || !value.canConvertToLong()) {
						throw invalid(at + " needs a whole number, not " + value + ".");
					}
					yield value.longValue();
				}
				case BOOLEAN -> {
					if (!value.isBoolean()) {
						throw invalid(at + " needs true or false, not " + value + ".");
					}
					yield value.booleanValue();
				}
				case DECIMAL -> number(value, at).decimalValue();
				case FLOAT -> number(value, at).doubleValue();
				case TIMESTAMP -> Timestamp.from(Instant.parse(textual(value, at)));
				case DATE -> Date.valueOf(LocalDate.parse(textual(value, at)));
				case TIME -> Time.valueOf(LocalTime.parse(textual(value, at)));
				case BINARY -> Base64.getDecoder().decode(textual(value, at));
			};
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw invalid(at + " cannot take " + value + ": " + ex.getMessage());
		}
	}

	private static String textual(JsonNode value, String at) {
		if (!value.isString()) {
			throw invalid(at + " needs a string, not " + value + ".");
		}
		return value.asString();
	}

	private static JsonNode number(JsonNode value, String at) {
		if (!value.isNumber()) {
			throw invalid(at + " needs a number, not " + value + ".");
		}
		return value;
	}

	private enum Kind {

		TEXT, INTEGER, BOOLEAN, DECIMAL, FLOAT, TIMESTAMP, DATE, TIME, BINARY

	}

	private static Kind kind(Column column) {
		return switch (column.sqlType()) {
			case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
					Types.CLOB, Types.NCLOB -> Kind.TEXT;
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
			case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
			case Types.DECIMAL, Types.NUMERIC -> Kind.DECIMAL;
			case Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.FLOAT;
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP;
			case Types.DATE -> Kind.DATE;
			case Types.TIME, Types.TIME_WITH_TIMEZONE -> Kind.TIME;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
			default -> throw new IllegalStateException("Column " + column.name() + " has type " + column.typeName()
					+ ", which the state export does not handle yet: add it to DatabaseState.");
		};
	}

	/** The type a parameter is bound as: large text and binary as their plain kinds, which every driver takes. */
	private static int parameterType(int sqlType) {
		return switch (sqlType) {
			case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> Types.VARCHAR;
			case Types.BLOB, Types.LONGVARBINARY -> Types.VARBINARY;
			case Types.TIMESTAMP_WITH_TIMEZONE -> Types.TIMESTAMP;
			case Types.TIME_WITH_TIMEZONE -> Types.TIME;
			default -> sqlType;
		};
	}

	private static TestControlException invalid(String message) {
		return new TestControlException("InvalidDocument", message);
	}

}
