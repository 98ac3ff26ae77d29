/*
 * A stand-in for Stripe.js v3, served by tools/stripe-fake at /v3 so that a
 * storefront takes card payments with no internet. It offers the part of
 * Stripe.js a card checkout uses:
 *
 *   const stripe = Stripe(publishableKey)
 *   const card = stripe.elements().create("card")
 *   card.mount("#card")                       // labelled inputs: Card number, Expiry, CVC
 *   card.on("change", ({ complete, error }) => …)
 *   const { paymentIntent, error } = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } })
 *
 * Stripe's test card numbers stand for the fake's test payment methods
 * (4242 4242 4242 4242 → pm_card_visa, …); 3-D Secure cards open the fake's
 * authentication page in a dialog, as Stripe.js opens the bank's. As in
 * Stripe.js, a card Element confirms only with the Stripe instance that
 * created it. Not Stripe's code: written for the fake, it never sees a real card.
 *
 * stripe-js.ts appends the call: (window, { test card number: payment method id }, the fake's URL).
 */
(function (window, testCardNumbers, defaultApiUrl) {
  "use strict"
  var document = window.document
  var script = document && document.currentScript
  var apiUrl = script && script.src ? new URL(script.src).origin : defaultApiUrl
  var cards = new WeakMap()
  var mounted = 0

  function IntegrationError(message) {
    var error = new Error(message)
    error.name = "IntegrationError"
    return error
  }

  function digits(text) {
    return String(text || "").replace(/\D/g, "")
  }

  function passesLuhn(number) {
    var sum = 0
    for (var i = 0; i < number.length; i++) {
      var digit = Number(number[number.length - 1 - i])
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
      sum += digit
    }
    return sum % 10 === 0
  }

  function validationError(code, message) {
    return { type: "validation_error", code: code, message: message }
  }

  /** What Stripe.js says of the typed card before it sends anything, or null when it is complete. */
  function checkFields(values, now) {
    var number = digits(values.number)
    if (!number) return validationError("incomplete_number", "Your card number is incomplete.")
    if (number.length < 13 || number.length > 19) return validationError("incomplete_number", "Your card number is incomplete.")
    if (!passesLuhn(number)) return validationError("invalid_number", "Your card number is invalid.")
    var expiry = String(values.expiry || "").match(/^\s*(\d{1,2})\s*\/?\s*(\d{2})\s*$/)
    if (!expiry) return validationError("incomplete_expiry", "Your card's expiration date is incomplete.")
    var month = Number(expiry[1])
    var year = 2000 + Number(expiry[2])
    if (month < 1 || month > 12) return validationError("invalid_expiry_month", "Your card's expiration month is invalid.")
    if (year < now.getFullYear()) return validationError("invalid_expiry_year_past", "Your card's expiration year is in the past.")
    if (year === now.getFullYear() && month < now.getMonth() + 1) {
      return validationError("invalid_expiry_month_past", "Your card's expiration date is in the past.")
    }
    if (!/^\d{3,4}$/.test(String(values.cvc || "").trim())) return validationError("incomplete_cvc", "Your card's security code is incomplete.")
    return null
  }

  function field(name, label, attributes) {
    var id = "stripe-fake-" + name + "-" + mounted
    var wrapper = document.createElement("div")
    wrapper.className = "StripeFake-field StripeFake-" + name
    var labelElement = document.createElement("label")
    labelElement.setAttribute("for", id)
    labelElement.textContent = label
    var input = document.createElement("input")
    input.id = id
    input.name = name
    input.type = "text"
    input.setAttribute("inputmode", "numeric")
    input.setAttribute("spellcheck", "false")
    for (var key in attributes) input.setAttribute(key, attributes[key])
    wrapper.appendChild(labelElement)
    wrapper.appendChild(input)
    return { wrapper: wrapper, input: input }
  }

  function createCardElement(stripe) {
    var listeners = {}
    var state = { stripe: stripe, root: null, inputs: null }
    var emit = function (event, payload) {
      ;(listeners[event] || []).forEach(function (listener) {
        listener(payload)
      })
    }
    var values = function () {
      var inputs = state.inputs
      return inputs ? { number: inputs.number.value, expiry: inputs.expiry.value, cvc: inputs.cvc.value } : {}
    }
    var element = {
      mount: function (target) {
        var container = typeof target === "string" ? document.querySelector(target) : target
        if (!container || !container.appendChild) throw IntegrationError("Invalid DOM element: the card Element needs an element or a selector of one to mount into.")
        if (state.root) throw IntegrationError("This Element is already mounted. Use `unmount` to unmount it first.")
        mounted += 1
        var root = document.createElement("div")
        root.className = "StripeElement StripeFake-card"
        // the number on its own row, expiry and CVC side by side; the page's own styles do the rest
        root.style.cssText = "display:grid;grid-template-columns:1fr 1fr;column-gap:0.75rem"
        var number = field("cardnumber", "Card number", { autocomplete: "cc-number", placeholder: "1234 1234 1234 1234", maxlength: "23" })
        var expiry = field("exp-date", "Expiry", { autocomplete: "cc-exp", placeholder: "MM / YY", maxlength: "7" })
        var cvc = field("cvc", "CVC", { autocomplete: "cc-csc", placeholder: "CVC", maxlength: "4" })
        number.wrapper.style.cssText = "grid-column:1 / -1"
        ;[number, expiry, cvc].forEach(function (part) {
          root.appendChild(part.wrapper)
          part.input.addEventListener("input", function () {
            var typed = values()
            var problem = checkFields(typed, new Date())
            var started = Boolean(typed.number || typed.expiry || typed.cvc)
            var invalid = problem && /^invalid_/.test(problem.code) ? problem : undefined
            emit("change", { elementType: "card", empty: !started, complete: !problem, error: invalid, brand: digits(typed.number)[0] === "4" ? "visa" : "unknown" })
          })
        })
        container.appendChild(root)
        state.root = root
        state.inputs = { number: number.input, expiry: expiry.input, cvc: cvc.input }
        emit("ready", { elementType: "card" })
      },
      unmount: function () {
        if (state.root && state.root.parentNode) state.root.parentNode.removeChild(state.root)
        state.root = null
        state.inputs = null
      },
      destroy: function () {
        element.unmount()
        listeners = {}
      },
      on: function (event, listener) {
        ;(listeners[event] = listeners[event] || []).push(listener)
        return element
      },
      off: function (event, listener) {
        listeners[event] = (listeners[event] || []).filter(function (other) {
          return other !== listener
        })
        return element
      },
      focus: function () {
        if (state.inputs) state.inputs.number.focus()
      },
      clear: function () {
        if (state.inputs) ["number", "expiry", "cvc"].forEach(function (name) {
          state.inputs[name].value = ""
        })
      },
    }
    cards.set(element, { state: state, values: values })
    return element
  }

  function intentIdOf(clientSecret) {
    return String(clientSecret).split("_secret_")[0]
  }

  function callApi(method, path, params) {
    var form = new URLSearchParams(params).toString()
    var url = apiUrl + path + (method === "GET" ? "?" + form : "")
    return window
      .fetch(url, {
        method: method,
        headers: method === "GET" ? {} : { "content-type": "application/x-www-form-urlencoded" },
        body: method === "GET" ? undefined : form,
      })
      .then(function (response) {
        return response.json()
      })
      .catch(function () {
        return { error: { type: "api_connection_error", message: "We could not reach Stripe. Check your connection and try again." } }
      })
  }

  function outcome(intent) {
    if (intent.status === "requires_payment_method" && intent.last_payment_error) {
      return { error: Object.assign({}, intent.last_payment_error, { payment_intent: intent }) }
    }
    return { paymentIntent: intent }
  }

  /** 3-D Secure: the fake's authentication page in a dialog until the intent leaves requires_action, as Stripe.js shows the bank's. */
  function authenticate(intent, key, clientSecret) {
    var dialog = document.createElement("div")
    dialog.setAttribute("role", "dialog")
    dialog.setAttribute("aria-modal", "true")
    dialog.setAttribute("aria-label", "Card authentication")
    dialog.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center"
    var frame = document.createElement("iframe")
    frame.title = "3-D Secure authentication"
    frame.src = intent.next_action.redirect_to_url.url
    frame.style.cssText = "width:min(28rem,94vw);height:min(32rem,90vh);border:0;border-radius:10px;background:#fff"
    dialog.appendChild(frame)
    document.body.appendChild(dialog)
    return new Promise(function (resolve) {
      var poll = function () {
        callApi("GET", "/v1/payment_intents/" + encodeURIComponent(intent.id), { key: key, client_secret: clientSecret }).then(function (latest) {
          if (!latest.error && latest.status === "requires_action") return void window.setTimeout(poll, 1000)
          dialog.parentNode.removeChild(dialog)
          resolve(latest.error ? { error: latest.error } : outcome(latest))
        })
      }
      window.setTimeout(poll, 1000)
    })
  }

  function Stripe(publishableKey) {
    if (!(this instanceof Stripe)) return new Stripe(publishableKey)
    if (typeof publishableKey !== "string" || !/^pk_/.test(publishableKey)) {
      throw IntegrationError("Invalid API Key provided: Stripe() needs a publishable key (pk_…).")
    }
    var stripe = this
    this._publishableKey = publishableKey
    this.elements = function () {
      return {
        create: function (type) {
          if (type !== "card") throw IntegrationError('This Stripe.js stand-in offers the "card" Element only (got "' + type + '").')
          return createCardElement(stripe)
        },
      }
    }
    this.confirmCardPayment = function (clientSecret, data) {
      var card = data && data.payment_method && data.payment_method.card
      var known = card && cards.get(card)
      if (!known || !known.state.inputs) {
        return Promise.reject(IntegrationError("Invalid value for confirmCardPayment: payment_method.card should be a mounted card Element."))
      }
      if (known.state.stripe !== stripe) {
        return Promise.reject(
          IntegrationError("Invalid value for confirmCardPayment: the card Element was created by a different Stripe instance. Use the same Stripe instance to create the Element and confirm.")
        )
      }
      var typed = known.values()
      var problem = checkFields(typed, new Date())
      if (problem) return Promise.resolve({ error: problem })
      var paymentMethod = testCardNumbers[digits(typed.number)]
      if (!paymentMethod) {
        return Promise.resolve({
          error: {
            type: "card_error",
            code: "card_declined",
            decline_code: "test_mode_live_card",
            message: "Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, visit: https://stripe.com/docs/testing.",
          },
        })
      }
      var id = intentIdOf(clientSecret)
      return callApi("POST", "/v1/payment_intents/" + encodeURIComponent(id) + "/confirm", {
        key: publishableKey,
        client_secret: clientSecret,
        payment_method: paymentMethod,
      }).then(function (intent) {
        if (intent.error) return { error: intent.error }
        if (intent.status === "requires_action" && intent.next_action && intent.next_action.redirect_to_url) {
          return authenticate(intent, publishableKey, clientSecret)
        }
        return outcome(intent)
      })
    }
  }

  window.Stripe = Stripe
})
