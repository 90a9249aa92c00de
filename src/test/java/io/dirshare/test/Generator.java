package io.dirshare.test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random test input from one seeded {@link Random}, so the same seed gives the same inputs in the same
 * order. Values are picked with {@link #pick}; generators (suppliers that draw from this generator in
 * turn) are chosen with {@link #oneOf} (evenly) or {@link #frequencyOf} (by weight), so nested values are
 * only generated when chosen.
 */
public final class Generator {

	private final Random random;

	public Generator(long seed) {
		this.random = new Random(seed);
	}

	/** One of the options, with the likelihood of its weight among all the weights. */
	public record Weighted<T>(int weight, Supplier<? extends T> option) {

		public Weighted {
			if (weight <= 0) {
				throw new IllegalArgumentException("weight " + weight);
			}
		}

	}

	public static <T> Weighted<T> weight(int weight, Supplier<? extends T> option) {
		return new Weighted<>(weight, option);
	}

	/** A number from {@code min} to {@code max}, both included. */
	public int between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

	/** Any {@code int}, half of the time a small one (from -1000 to 1000). */
	public int anyInt() {
		return this.random.nextBoolean() ? this.random.nextInt() : between(-1000, 1000);
	}

	public byte anyByte() {
		return (byte) this.random.nextInt(256);
	}

	/** One of the values, each as likely (a value listed twice is twice as likely). */
	@SafeVarargs
	public final <T> T pick(T... values) {
		return values[this.random.nextInt(values.length)];
	}

	public <T> T pick(List<? extends T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** What one of the generators, each as likely, generates. */
	@SafeVarargs
	public final <T> T oneOf(Supplier<? extends T>... generators) {
		return pick(generators).get();
	}

	/** What one of the generators generates, each chosen as often as its weight says. */
	@SafeVarargs
	public final <T> T frequencyOf(Weighted<? extends T>... options) {
		int total = 0;
		for (Weighted<? extends T> option : options) {
			total += option.weight();
		}
		int chosen = this.random.nextInt(total);
		for (Weighted<? extends T> option : options) {
			chosen -= option.weight();
			if (chosen < 0) {
				return option.option().get();
			}
		}
		throw new IllegalStateException("unreachable");
	}

	/** Some of the values (from none to all of them, each at most once), in random order. */
	public <T> List<T> subsetOf(Collection<? extends T> values) {
		List<T> shuffled = new ArrayList<>(values);
		Collections.shuffle(shuffled, this.random);
		return new ArrayList<>(shuffled.subList(0, between(0, shuffled.size())));
	}

	/** From none to {@code maxSize} elements, each generated on its own. */
	public <T> List<T> listOf(int maxSize, Supplier<? extends T> element) {
		int size = between(0, maxSize);
		List<T> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(element.get());
		}
		return list;
	}

	/** A string of {@code minLength} to {@code maxLength} characters, each any of {@code alphabet}'s. */
	public String string(String alphabet, int minLength, int maxLength) {
		int length = between(minLength, maxLength);
		StringBuilder string = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			string.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return string.toString();
	}

	/** The characters from {@code first} to {@code last}, both included, as an alphabet for {@link #string}. */
	public static String chars(char first, char last) {
		StringBuilder chars = new StringBuilder(last - first + 1);
		for (int c = first; c <= last; c++) {
			chars.append((char) c);
		}
		return chars.toString();
	}

}
