/**
 * The AWS-compatible API: the AWS JSON 1.1 protocol with SigV4 access keys, so unmodified AWS SDKs,
 * the CLI and Terraform drive dirshare. A second door onto the portal's services: this package turns
 * wire requests into service calls and answers into wire shapes, and holds no business rule.
 */
package io.dirshare.api;
