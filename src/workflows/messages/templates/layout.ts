/** The HTML frame every Bazaar email shares; `{{{body}}}` is the template's own (already escaped) HTML. */
export const EMAIL_LAYOUT = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{subject}}</title></head>
<body style="margin:0;background:#f6f6f6;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;padding:24px">
<tr><td><p style="font-size:13px;color:#777;margin:0 0 16px">{{shop_name}}</p>{{{body}}}
<p style="font-size:12px;color:#999;margin-top:24px">Sent by Bazaar for {{shop_name}}.{{#if shop_url}} <a href="{{shop_url}}">{{shop_url}}</a>{{/if}}</p>
</td></tr></table></td></tr></table></body></html>`

/** The order lines as an HTML table and as text, shared by the templates that list them. */
export const ITEMS_HTML = `{{#if items.length}}<table role="presentation" width="100%" style="border-collapse:collapse;margin:12px 0">
{{#each items}}<tr><td style="padding:4px 0">{{quantity}} × {{title}}</td><td align="right">{{total}}</td></tr>{{/each}}
{{#if total}}<tr><td style="padding-top:8px;border-top:1px solid #eee"><b>Total</b></td><td align="right" style="padding-top:8px;border-top:1px solid #eee"><b>{{total}}</b></td></tr>{{/if}}
</table>{{/if}}`

export const ITEMS_TEXT = `{{#each items}}- {{quantity}} x {{title}}: {{total}}
{{/each}}{{#if total}}Total: {{total}}{{/if}}`
