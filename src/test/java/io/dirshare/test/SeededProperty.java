package io.dirshare.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A property checked for a fixed number of generated inputs from a fixed seed, inside an ordinary JUnit
 * test: the same seed generates the same inputs in the same order, so a failure recurs at the same try.
 * The first failing try ends the run with an {@link AssertionError} naming the seed, the try and the
 * input. Values {@link #collect collected} by the check are counted and printed after the run, one line
 * per label.
 */
public final class SeededProperty {

	/** The check of one input: it throws (an assertion fails) when the property does not hold. */
	@FunctionalInterface
	public interface Check<T> {

		void check(T input) throws Exception;

	}

	private final String name;

	private final long seed;

	private final int tries;

	private final Map<String, Map<String, Integer>> statistics = new LinkedHashMap<>();

	public SeededProperty(String name, long seed, int tries) {
		this.name = name;
		this.seed = seed;
		this.tries = tries;
	}

	/** Counts {@code value} under {@code label} for the summary printed after the run. */
	public void collect(String label, Object value) {
		this.statistics.computeIfAbsent(label, (key) -> new TreeMap<>()).merge(String.valueOf(value), 1, Integer::sum);
	}

	/** Checks {@code check} for each of the inputs {@code inputs} generates, from the first try to the last. */
	public <T> void forAll(Function<Generator, ? extends T> inputs, Check<? super T> check) {
		Generator generator = new Generator(this.seed);
		long started = System.nanoTime();
		int done = 0;
		try {
			for (int attempt = 1; attempt <= this.tries; attempt++) {
				T input;
				try {
					input = inputs.apply(generator);
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(String.format("%s: generating try %d of %d with seed %d failed",
							this.name, attempt, this.tries, this.seed), ex);
				}
				try {
					check.check(input);
				}
				catch (Exception | AssertionError ex) {
					throw new AssertionError(String.format(
							"%s failed at try %d of %d with seed %d (the same seed generates the same inputs "
									+ "in the same order)%ninput: %s%n%s",
							this.name, attempt, this.tries, this.seed, input, ex.getMessage()), ex);
				}
				done = attempt;
			}
		}
		finally {
			printSummary(done, (System.nanoTime() - started) / 1_000_000);
		}
	}

	private void printSummary(int done, long millis) {
		StringBuilder summary = new StringBuilder(String.format("%s: %d of %d tries passed, seed %d, %.1f s",
				this.name, done, this.tries, this.seed, millis / 1000.0));
		this.statistics.forEach((label, counts) -> {
			int total = counts.values().stream().mapToInt(Integer::intValue).sum();
			summary.append(System.lineSeparator())
				.append("  ")
				.append(label)
				.append(": ")
				.append(counts.entrySet()
					.stream()
					.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
					.map((count) -> String.format("%s %.1f%%", count.getKey(), 100.0 * count.getValue() / total))
					.collect(Collectors.joining(", ")));
		});
		System.out.println(summary);
	}

}
