package io.dirshare.testcontrol;

/** A control refused for what the caller sent; answered 400 with the message, nothing changed. */
class TestControlException extends RuntimeException {

	private final String code;

	TestControlException(String code, String message) {
		super(message);
		this.code = code;
	}

	TestControlException(String code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	String code() {
		return this.code;
	}

}
