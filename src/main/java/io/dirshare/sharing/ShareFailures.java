package io.dirshare.sharing;

import org.springframework.stereotype.Component;

/**
 * Failures a test suite asks for (README: "Controls for test suites"): the next shares that settle from
 * Sharing end in {@code ShareFailed}, the next rejections from Rejecting in {@code RejectFailed}, so a
 * client's error handling can be tested. None by default; kept in this instance's memory, so only the
 * settle runs of this instance take them.
 */
@Component
public class ShareFailures {

	/** Stands for "every one from now on" where a count is expected. */
	public static final int ALL = -1;

	private int shares;

	private int rejections;

	/**
	 * How many of the next shares fail, and how many of the next rejections ({@link #ALL} for every one,
	 * 0 for none).
	 */
	public synchronized void set(int shares, int rejections) {
		if (shares < ALL || rejections < ALL) {
			throw new IllegalArgumentException("A count of failures is 0 or more, or ALL");
		}
		this.shares = shares;
		this.rejections = rejections;
	}

	public synchronized int shares() {
		return this.shares;
	}

	public synchronized int rejections() {
		return this.rejections;
	}

	public synchronized void reset() {
		set(0, 0);
	}

	/** Whether settling a share in {@code from} is to fail; a failure handed out is used up. */
	synchronized boolean takeFailure(ShareStatus from) {
		if (from == ShareStatus.Sharing && this.shares != 0) {
			this.shares = (this.shares == ALL) ? ALL : this.shares - 1;
			return true;
		}
		if (from == ShareStatus.Rejecting && this.rejections != 0) {
			this.rejections = (this.rejections == ALL) ? ALL : this.rejections - 1;
			return true;
		}
		return false;
	}

	/** Gives a failure back that was taken for a share another instance or a user changed meanwhile. */
	synchronized void giveBack(ShareStatus from) {
		if (from == ShareStatus.Sharing && this.shares != ALL) {
			this.shares++;
		}
		else if (from == ShareStatus.Rejecting && this.rejections != ALL) {
			this.rejections++;
		}
	}

}
