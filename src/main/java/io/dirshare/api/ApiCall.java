package io.dirshare.api;

import io.dirshare.core.Caller;

/**
 * An API request whose signature was verified: the request ID it is answered with, its
 * {@code X-Amz-Target}, the caller built from the access key, and the (de-chunked) JSON body.
 */
record ApiCall(String requestId, String target, Caller caller, String accessKeyId, byte[] body) {

	static final String ATTRIBUTE = ApiCall.class.getName();

}
