package io.dirshare.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements the application prepares, to show a page costs the same whatever the row count. */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

	/** Statements prepared on the thread that asks, not by the background jobs polling meanwhile. */
	private static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[1]);

	static long statementsOfThisThread() {
		return STATEMENTS.get()[0];
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
					return proxy(DataSource.class, dataSource, (target, method, args) -> {
						Object result = invoke(method, target, args);
						return (result instanceof Connection connection) ? countingConnection(connection) : result;
					});
				}
				return bean;
			}
		};
	}

	private static Connection countingConnection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			String name = method.getName();
			if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
				STATEMENTS.get()[0]++;
			}
			return invoke(method, target, args);
		});
	}

	interface Handler<T> {

		Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
				invocation);
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
