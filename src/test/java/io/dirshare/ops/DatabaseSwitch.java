package io.dirshare.ops;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.function.Predicate;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The database going away and coming back, under the application's own connection pool: the Hikari
 * pool keeps its configuration (timeouts included) but makes its connections through this switch. While
 * off, a new connection is refused at once (the pool keeps trying until its connection timeout, as with a
 * database that refuses connections) and every connection already made fails its next call with SQL state
 * 08S01 ("communication link failure"), so the pool throws it away; when on again, the pool connects
 * anew by itself. {@link #offAtNext} switches off in the middle of a request, at the statement it names.
 */
final class DatabaseSwitch implements BeanPostProcessor {

	private volatile boolean up = true;

	private volatile Predicate<String> tripwire;

	void off() {
		this.up = false;
	}

	void on() {
		this.tripwire = null;
		this.up = true;
	}

	/** Switches off when a statement whose SQL matches is prepared; that statement already fails. */
	void offAtNext(Predicate<String> sql) {
		this.tripwire = sql;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			try {
				SimpleDriverDataSource direct = new SimpleDriverDataSource(DriverManager.getDriver(hikari.getJdbcUrl()),
						hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
				hikari.setDataSource(new DelegatingDataSource(direct) {
					@Override
					public Connection getConnection() throws SQLException {
						failIfOff("Connection refused");
						return switched(super.getConnection());
					}

					@Override
					public Connection getConnection(String username, String password) throws SQLException {
						failIfOff("Connection refused");
						return switched(super.getConnection(username, password));
					}
				});
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return bean;
	}

	private void failIfOff(String what) throws SQLException {
		if (!this.up) {
			throw new SQLNonTransientConnectionException(what + " (the test switched the database off)", "08S01");
		}
	}

	private Connection switched(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					switch (method.getName()) {
						case "close", "isClosed", "abort", "unwrap", "isWrapperFor", "toString" -> {
							return invoke(connection, method, args);
						}
						case "hashCode" -> {
							return System.identityHashCode(proxy);
						}
						case "equals" -> {
							return proxy == args[0];
						}
						case "isValid" -> {
							return this.up && (boolean) invoke(connection, method, args);
						}
						default -> {
							Predicate<String> tripwire = this.tripwire;
							if (tripwire != null && method.getName().startsWith("prepare") && args != null
									&& args[0] instanceof String sql && tripwire.test(sql)) {
								this.tripwire = null;
								this.up = false;
							}
							failIfOff("Communications link failure");
							return invoke(connection, method, args);
						}
					}
				});
	}

	private static Object invoke(Connection connection, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(connection, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
