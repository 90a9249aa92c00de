package io.dirshare.identity;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's character rule decides as Spring Security's own regular expressions do. */
class FirewallCharactersTests {

	private static final Pattern SPRING_NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern SPRING_HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsSpringSecurityJudgesIt() {
		IntStream.rangeClosed(0, Character.MAX_CODE_POINT).forEach((codePoint) -> {
			String text = "a" + Character.toString(codePoint) + "b";
			assertThat(FirewallCharacters.isAllowedName(text)).as("U+%04X in a name", codePoint)
				.isEqualTo(SPRING_NAMES.matcher(text).matches());
			assertThat(FirewallCharacters.isAllowedHeaderValue(text)).as("U+%04X in a header value", codePoint)
				.isEqualTo(SPRING_HEADER_VALUES.matcher(text).matches());
		});
	}

	@Test
	void signedHeadersPassAndSmuggledLineBreaksDoNot() {
		String authorization = "AWS4-HMAC-SHA256 Credential=AKIADEMO111111111111/20261130/us-east-1/ds/aws4_request, "
				+ "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0123456789abcdef";
		assertThat(FirewallCharacters.isAllowedHeaderValue(authorization)).isTrue();
		assertThat(FirewallCharacters.isAllowedHeaderValue("a\tb")).isTrue();
		assertThat(FirewallCharacters.isAllowedName("a\tb")).isFalse();
		assertThat(FirewallCharacters.isAllowedHeaderValue("value\r\nX-Injected: yes")).isFalse();
		assertThat(FirewallCharacters.isAllowedHeaderValue("caf\u00e9 \ud83d\ude00")).isTrue();
		assertThat(FirewallCharacters.isAllowedHeaderValue("lone \ud83d surrogate"))
			.isEqualTo(SPRING_HEADER_VALUES.matcher("lone \ud83d surrogate").matches());
	}

	@Test
	void randomTextIsJudgedAsSpringSecurityJudgesIt() {
		Random random = new Random(11);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				text.append((char) ((random.nextInt(4) == 0) ? random.nextInt(0x10000) : random.nextInt(0x80)));
			}
			String value = text.toString();
			assertThat(FirewallCharacters.isAllowedName(value)).as(value).isEqualTo(SPRING_NAMES.matcher(value).matches());
			assertThat(FirewallCharacters.isAllowedHeaderValue(value)).as(value)
				.isEqualTo(SPRING_HEADER_VALUES.matcher(value).matches());
		}
	}

}
