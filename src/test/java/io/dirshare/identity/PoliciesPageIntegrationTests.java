package io.dirshare.identity;

import io.dirshare.test.IntegrationTest;
import io.dirshare.test.PortalSignIn;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** IAM's Policies pages and a user's "Permissions policies", through real sign-in and the real service. */
@IntegrationTest
class PoliciesPageIntegrationTests {

	static final String DOCUMENT = """
			{
			  "Version": "2012-10-17",
			  "Statement": [{"Effect": "Allow", "Action": "ds:Describe*", "Resource": "*"}]
			}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	IamUserService users;

	private Account account;

	private MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.account = this.testAccounts.newAccount("Policies Page Test");
		this.users.create(this.testAccounts.admin(this.account), "jane", TestAccounts.PASSWORD,
				PermissionSet.ReadOnlyAccess);
		this.admin = PortalSignIn.signIn(this.mvc, this.account.id(), "admin", TestAccounts.PASSWORD);
	}

	@Test
	void theListShowsAwsManagedAndCustomerManagedPoliciesFilteredByType() throws Exception {
		createPolicy("LabReader", DOCUMENT).andExpect(redirectedUrl("/iam/policies/customer/LabReader"));

		this.mvc.perform(get("/iam/policies").session(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ReadOnlyAccess"), containsString("LabReader"),
					containsString("Customer managed"), containsString(">Create policy</a>"))));
		this.mvc.perform(get("/iam/policies").param("type", "CUSTOMER_MANAGED").session(this.admin))
			.andExpect(content().string(allOf(containsString("LabReader"), not(containsString(">ReadOnlyAccess<")))));
		this.mvc.perform(get("/iam/policies/aws/AdministratorAccess").session(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("arn:aws:iam::aws:policy/AdministratorAccess"),
					containsString("AWS managed"), not(containsString("Delete policy")))));
	}

	@Test
	void aMalformedDocumentIsShownBesideTheEditorWithTheLine() throws Exception {
		createPolicy("Broken", "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Resource\": \"*\"}]\n}")
			.andExpect(status().isOk())
			.andExpect(view().name(PoliciesController.VIEW_CREATE))
			.andExpect(model().attributeHasFieldErrorCode("createPolicyForm", "document", "MalformedPolicyDocument"))
			.andExpect(content().string(allOf(containsString("id=\"document-error\""), containsString("(line 3)"))));
		this.mvc.perform(get("/iam/policies/customer/Broken").session(this.admin)).andExpect(status().isNotFound());
	}

	@Test
	void editingAddsAVersionThatCanBeMadeDefaultOrDeleted() throws Exception {
		created("Evolving", DOCUMENT);
		this.mvc.perform(get("/iam/policies/customer/Evolving/edit").session(this.admin))
			.andExpect(content().string(allOf(containsString("ds:Describe*"), containsString("Set as default"))));
		this.mvc.perform(post("/iam/policies/customer/Evolving/versions").session(this.admin).with(csrf())
				.param("document", DOCUMENT.replace("ds:Describe*", "ds:List*"))
				.param("_setAsDefault", "on"))
			.andExpect(redirectedUrl("/iam/policies/customer/Evolving"));

		this.mvc.perform(get("/iam/policies/customer/Evolving").session(this.admin))
			.andExpect(content().string(allOf(containsString("(default version v1)"), containsString("Set v2 as default"))));
		this.mvc.perform(post("/iam/policies/customer/Evolving/versions/v2/default").session(this.admin).with(csrf()))
			.andExpect(redirectedUrl("/iam/policies/customer/Evolving"));
		this.mvc.perform(get("/iam/policies/customer/Evolving").session(this.admin))
			.andExpect(content().string(containsString("v2 is now the default version of Evolving.")));
		this.mvc.perform(post("/iam/policies/customer/Evolving/versions/v2/delete").session(this.admin).with(csrf()))
			.andExpect(redirectedUrl("/iam/policies/customer/Evolving"));
		this.mvc.perform(get("/iam/policies/customer/Evolving").session(this.admin))
			.andExpect(content().string(allOf(containsString("(default version v2)"), containsString("ds:List*"),
					containsString("Cannot delete the default version of a policy."))));
	}

	@Test
	void aPolicyIsAttachedOnTheUserPageAndCannotBeDeletedUntilItIsRemoved() throws Exception {
		created("Attached", DOCUMENT);
		String arn = "arn:aws:iam::" + this.account.id() + ":policy/Attached";
		this.mvc.perform(get("/iam/users/jane/add-permissions").session(this.admin))
			.andExpect(content().string(allOf(containsString("Attached"), containsString("AdministratorAccess"),
					not(containsString("value=\"arn:aws:iam::aws:policy/ReadOnlyAccess\"")))));
		this.mvc.perform(post("/iam/users/jane/policies").session(this.admin).with(csrf()).param("policyArn", arn))
			.andExpect(redirectedUrl("/iam/users/jane"));
		this.mvc.perform(get("/iam/users/jane").session(this.admin))
			.andExpect(content().string(allOf(containsString("Permissions policies"), containsString("Remove Attached"),
					containsString("Remove ReadOnlyAccess"))));

		this.mvc.perform(post("/iam/policies/customer/Attached/delete").session(this.admin).with(csrf()))
			.andExpect(redirectedUrl("/iam/policies/customer/Attached"));
		this.mvc.perform(get("/iam/policies/customer/Attached").session(this.admin))
			.andExpect(content().string(allOf(containsString("Cannot delete a policy attached to entities."),
					containsString("href=\"/iam/users/jane"))));

		this.mvc.perform(post("/iam/users/jane/policies/detach").session(this.admin).with(csrf()).param("policyArn", arn))
			.andExpect(redirectedUrl("/iam/users/jane"));
		this.mvc.perform(post("/iam/policies/customer/Attached/delete").session(this.admin).with(csrf()))
			.andExpect(redirectedUrl("/iam/policies"));
	}

	@Test
	void aReadOnlyUserReadsPoliciesButIsOfferedNoChange() throws Exception {
		created("Readable", DOCUMENT);
		MockHttpSession jane = PortalSignIn.signIn(this.mvc, this.account.id(), "jane", TestAccounts.PASSWORD);
		this.mvc.perform(get("/iam/policies").session(jane))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Readable"), not(containsString("Create policy")))));
		this.mvc.perform(get("/iam/policies/customer/Readable").session(jane))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("Delete policy")), not(containsString("Edit policy")))));
		this.mvc.perform(post("/iam/policies").session(jane).with(csrf()).param("policyName", "Sneaky")
				.param("document", DOCUMENT))
			.andExpect(status().isForbidden());
	}

	/** Creates a policy and follows the redirect, as a browser does (so its message is shown and gone). */
	private void created(String name, String document) throws Exception {
		String location = createPolicy(name, document).andReturn().getResponse().getRedirectedUrl();
		this.mvc.perform(get(location).session(this.admin)).andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions createPolicy(String name, String document)
			throws Exception {
		return this.mvc.perform(post("/iam/policies").session(this.admin).with(csrf())
			.param("policyName", name).param("description", "").param("document", document));
	}

}
