package io.dirshare.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.dirshare.api.SigV4Signing.hex;
import static io.dirshare.api.SigV4Signing.hmac;
import static io.dirshare.api.SigV4Signing.sha256;

/** A signed {@code aws-chunked} body ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD}), decoded and checked. */
final class AwsChunkedBody {

	private static final String EMPTY_SHA256 = hex(sha256(new byte[0]));

	private static final Pattern CHUNK_HEADER = Pattern.compile("^([0-9a-fA-F]+);chunk-signature=([0-9a-f]{64})$");

	private AwsChunkedBody() {
	}

	/**
	 * Decodes an {@code aws-chunked} body ({@code hex-size;chunk-signature=sig CRLF data CRLF}, ending with
	 * an empty chunk), checking that every chunk's signature chains from the header's signature.
	 */
	static byte[] decode(byte[] body, byte[] signingKey, String amzDate, String scope,
			String seedSignature) {
		ByteArrayOutputStream payload = new ByteArrayOutputStream();
		String previous = seedSignature;
		int position = 0;
		while (true) {
			int lineEnd = indexOfCrlf(body, position);
			if (lineEnd < 0) {
				throw ApiException.incompleteSignature("The aws-chunked body is incomplete.");
			}
			String header = new String(body, position, lineEnd - position, StandardCharsets.US_ASCII);
			Matcher chunk = CHUNK_HEADER.matcher(header);
			if (!chunk.matches()) {
				throw ApiException.incompleteSignature("An aws-chunked chunk has no chunk-signature.");
			}
			int size;
			try {
				size = Integer.parseInt(chunk.group(1), 16);
			}
			catch (NumberFormatException ex) {
				throw ApiException.incompleteSignature("An aws-chunked chunk is too large.");
			}
			int dataStart = lineEnd + 2;
			if (size < 0 || dataStart + size > body.length) {
				throw ApiException.incompleteSignature("The aws-chunked body is incomplete.");
			}
			byte[] data = Arrays.copyOfRange(body, dataStart, dataStart + size);
			String chunkStringToSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + amzDate + "\n" + scope + "\n" + previous + "\n"
					+ EMPTY_SHA256 + "\n" + hex(sha256(data));
			String expected = hex(hmac(signingKey, chunkStringToSign));
			if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					chunk.group(2).getBytes(StandardCharsets.US_ASCII))) {
				throw ApiException.signatureDoesNotMatch();
			}
			previous = expected;
			payload.writeBytes(data);
			if (size == 0) {
				return payload.toByteArray();
			}
			position = dataStart + size;
			if (indexOfCrlf(body, position) != position) {
				throw ApiException.incompleteSignature("The aws-chunked body is incomplete.");
			}
			position += 2;
		}
	}

	private static int indexOfCrlf(byte[] bytes, int from) {
		for (int i = from; i + 1 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return -1;
	}

}
