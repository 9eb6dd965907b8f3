T.append(dict(key="ai-docs-style", subject="a review checklist for AI-assisted documentation",
 titles=["A review checklist for AI-assisted documentation", "Linting docs that were drafted with an LLM", "What our docs linter looks for in AI-drafted pages"],
 topic="documentation quality / tooling", stack=["tooling", "docs", "python"], tools=["vale", "markdownlint", "pre-commit"],
 lang="yaml", diff="beginner",
 sections=[
 ("Drafting is fast, reviewing is the job", """Half of our documentation pages now start as a draft from a language model. The drafts are usually accurate in outline and wrong in detail, and they come with recognisable debris. Our reviewers kept writing the same comments, so we turned those comments into a checklist and, where we could, into lint rules.""", False),
 ("The debris we look for", """Three kinds of leftover turn up again and again. The first is conversation with the person who prompted the model: openers like "Sure, here's a draft of the page" and sign-offs like "Let me know if you'd like any changes." The second is template residue, such as a literal "[Your Name]" under a blog post or a "{{version}}" that nobody filled in. The third is hedging about the model itself, for instance "as of my knowledge cutoff", which has no place in a page about our own API.""", True),
 ("Encoding it as Vale rules", """Vale lets us express the first and third kind as a simple existence rule:

```yaml
extends: existence
message: "Remove assistant chatter: '%s'"
level: error
ignorecase: true
tokens:
  - "here's a draft"
  - "let me know if you'd like"
  - "as an ai language model"
  - "knowledge cutoff"
```

Because Vale skips code blocks by default, a page that documents these phrases inside a code sample, like this one, does not trip the rule.""", True),
 ("Facts need a human", """No linter checks that a flag really exists or that a default value is right. Every AI-drafted page gets one reviewer who runs each command in it against the current release. That step finds more problems than all the automated rules together: renamed options, removed endpoints, and examples that were correct two major versions ago.""", False),
 ("Keep the checklist short", """Our checklist has six items, and reviewers actually use it because it fits on one screen. Every item we added had to replace an existing comment that reviewers wrote repeatedly. A checklist that tries to cover every possible mistake ends up covering none of them, because nobody reads it to the end.""", False),
 ("Measuring the effect", """We tracked review comments per page for two months before and after introducing the rules. Comments about leftovers dropped to almost zero, and reviewers spent the time they saved on checking facts, which was the point of the exercise.""", False),
 ]))

T.append(dict(key="email-templates", subject="rendering transactional email templates safely",
 titles=["Rendering transactional email templates safely", "Catching unfilled merge fields before an email goes out", "Testing Handlebars email templates"],
 topic="transactional email / node apis", stack=["node apis", "backend", "javascript"], tools=["handlebars", "mjml", "jest", "nodemailer"],
 lang="javascript", diff="intermediate",
 sections=[
 ("The email nobody wants to receive", """Every team that sends email eventually sends one that starts with "Hi {{first_name}}," to thousands of customers. It happens when a template references a field that the calling code forgot to pass, and the template engine renders the missing value as an empty string or, worse, leaves the raw tag in place. The fix is cheap: make a missing field an error before anything is sent.""", True),
 ("Strict mode in Handlebars", """Handlebars can refuse to render when a referenced field is missing:

```javascript
import Handlebars from "handlebars";

const source = "<p>Hi {{customer.firstName}}, your order {{order.id}} has shipped.</p>";
const render = Handlebars.compile(source, { strict: true });

render({ customer: { firstName: "Ada" }, order: { id: "A-1042" } });
// -> <p>Hi Ada, your order A-1042 has shipped.</p>
render({ customer: {} });
// throws: "firstName" not defined in [object Object]
```

The exception surfaces in the job that sends the email, where it can be retried or routed to someone, instead of in a customer's inbox.""", True),
 ("Render every template in CI", """We keep a fixture file with realistic data for each template and render all of them in a test. The test fails on any exception and also scans the output for tags that survived rendering:

```javascript
test.each(templates)("%s renders completely", (name) => {
  const html = renderTemplate(name, fixtures[name]);
  expect(html).not.toMatch(/\\{\\{[^}]*\\}\\}/);
  expect(html).not.toMatch(/<%=?.*?%>/);
});
```""", True),
 ("Plain text alongside HTML", """Every message goes out with a plain-text part generated from the same data. Spam filters treat HTML-only mail with suspicion, and some customers read email in clients that show only text. Generating the text part from the template data rather than by stripping tags from the HTML produces far more readable output.""", False),
 ("Preview before you change copy", """Marketing edits wording more often than engineering touches the code. A small preview page renders each template with its fixture data, in light and dark mode, so the person changing the copy sees the result immediately. It has prevented more broken emails than the tests have, mostly by catching layout problems that no assertion describes.""", False),
 ("Log what was sent", """Store the template name, its version and a hash of the rendered body for every message. When a customer forwards an odd email, you can then find exactly which template version produced it, and whether other recipients received the same thing.""", False),
 ]))
