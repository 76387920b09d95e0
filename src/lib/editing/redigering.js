/**
 * Our additions to Decap CMS at /admin/ (served as /admin/redigering.js, after decap-cms.js, so
 * they are registered before Decap reads config.yml). A file, not inline script: the /admin/
 * policy allows scripts from 'self' only.
 *
 * The «kroner» widget: Decap's number input turns «350.000» into 350 and «250 000» into nothing,
 * so a wrong amount was saved. This one keeps what the editor typed until it is whole kroner in
 * digits: a number then, the typed text otherwise, which the field's `pattern` (cmsConfig.ts)
 * refuses at the field before anything is saved.
 */
(function () {
  const CMS = window.CMS;
  const h = window.h;
  const createClass = window.createClass;
  if (!CMS || !h || !createClass) return;

  const kroner = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
  const asText = (value) => (value === undefined || value === null || value === '' ? '' : String(value));

  const KronerControl = createClass({
    getInitialState() {
      return { text: asText(this.props.value) };
    },
    handleChange(event) {
      const text = event.target.value;
      this.setState({ text });
      const trimmed = text.trim();
      if (trimmed === '') this.props.onChange('');
      else this.props.onChange(/^[0-9]+$/.test(trimmed) ? Number(trimmed) : text);
    },
    render() {
      return h('input', {
        type: 'text',
        inputMode: 'numeric',
        autoComplete: 'off',
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: this.state.text,
        onChange: this.handleChange,
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
      });
    },
  });

  const KronerPreview = createClass({
    render() {
      const value = this.props.value;
      return h('span', {}, typeof value === 'number' ? `${kroner.format(value)} kr` : asText(value));
    },
  });

  CMS.registerWidget('kroner', KronerControl, KronerPreview);

  /*
   * A save the local backend refuses (422, the validator's words, scripts/lib/cmsCheck.ts). Decap
   * shows the reason in a toast that closes after 8 s, runs the problems together on one line and
   * prefixes «API_ERROR:», then leaves its rejected promise unhandled. The reason is kept on
   * screen instead, one problem a line, until the editor closes it or saves again; the rejections
   * Decap leaves behind for a refused save (and for a form stopped at its fields, whose messages
   * Decap shows there) are handled here, so they are not reported as errors of the page.
   */
  const REFUSED = new Set(['ENTRY_PERSIST_FAILURE', 'UNPUBLISHED_ENTRY_PERSIST_FAILURE']);
  let notice = null;
  function hideRefusal() {
    if (notice) notice.remove();
    notice = null;
  }
  function showRefusal(text) {
    hideRefusal();
    notice = document.createElement('section');
    notice.id = 'lagring-avvist';
    notice.setAttribute('role', 'alert');
    notice.setAttribute('lang', 'nb');
    Object.assign(notice.style, {
      // Over the preview, bottom right: the fields it names stay free to correct.
      position: 'fixed',
      right: '1rem',
      bottom: '1rem',
      zIndex: '10000',
      maxWidth: 'min(34rem, 46vw)',
      maxHeight: '60vh',
      overflow: 'auto',
      padding: '1rem 1.25rem',
      background: '#fff',
      color: '#1a1a1a',
      border: '3px solid #b00020',
      borderRadius: '6px',
      boxShadow: '0 4px 16px rgba(0,0,0,.25)',
      whiteSpace: 'pre-line',
      font: '16px/1.5 system-ui, sans-serif',
    });
    const message = document.createElement('p');
    message.style.margin = '0 0 .75rem';
    message.textContent = text;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Lukk';
    close.addEventListener('click', hideRefusal);
    notice.append(message, close);
    document.body.append(notice);
  }
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    if (reason === undefined) event.preventDefault();
    else if (reason && REFUSED.has(reason.type)) {
      event.preventDefault();
      const error = reason.payload && reason.payload.error;
      const text = String((error && error.message) || error || '').replace(/^(API_ERROR|Error): /, '');
      showRefusal(text || 'Ikke lagret.');
    }
  });
  if (CMS.registerEventListener) {
    CMS.registerEventListener({ name: 'preSave', handler: hideRefusal });
    CMS.registerEventListener({ name: 'postSave', handler: hideRefusal });
  }

  /*
   * Decap's relation widget, minus one echo. Once it has loaded its choices, each relation field
   * that has a value announces that same value again (with metadata we never use), and each such
   * announcement redraws the whole form. A plan has about a hundred relation fields (every
   * «Kilde › Dokument»), so opening a large plan cost a hundred redraws of 700 fields: 20–30 s
   * (issue 21). The echo is dropped; a value the editor picks is passed on as before.
   */
  const relation = CMS.getWidget && CMS.getWidget('relation');
  if (relation && relation.control) {
    const RelationControl = relation.control;
    const QuietRelation = createClass({
      quietChange(value, metadata) {
        if (value === this.props.value) return;
        this.props.onChange(value, metadata);
      },
      keep(control) {
        this.inner = control;
      },
      isValid() {
        return this.inner && this.inner.isValid ? this.inner.isValid() : { error: false };
      },
      focus(path) {
        if (this.inner && this.inner.focus) this.inner.focus(path);
        else document.getElementById(this.props.forID)?.focus();
      },
      shouldComponentUpdate(next) {
        return (
          this.props.value !== next.value ||
          this.props.hasActiveStyle !== next.hasActiveStyle ||
          this.props.queryHits !== next.queryHits
        );
      },
      render() {
        return h(RelationControl, { ...this.props, onChange: this.quietChange, ref: this.keep });
      },
    });
    CMS.registerWidget('relation', QuietRelation, relation.preview, relation.schema);
  }

  /*
   * The preview: what the entry says, as a reader of the site would see it (names, not ids;
   * choices by their Norwegian names; kroner formatted), with a link to the page itself, which
   * `npm run cms` serves beside /admin/ and rebuilds as soon as the entry is saved.
   */
  const PAGES = {
    tiltak: 'tiltak',
    delmal: 'delmal',
    handlingsplaner: 'handlingsplaner',
    piloter: 'piloter',
    kommuner: 'kommuner',
    aktorer: 'aktorer',
    tema: 'tema',
    kilder: 'kilder',
    sider: 'om',
    initiativer: 'initiativer',
    laering: 'laering',
  };
  const lastPart = (slug) =>
    String(slug || '')
      .split('/')
      .pop();
  const isEmpty = (v) => v === undefined || v === null || v === '' || (v && v.size === 0);

  /** Each collection's names by id, loaded once per visit to /admin/. */
  const nameCache = new Map();
  function namesOf(getCollection, collection) {
    if (!nameCache.has(collection)) {
      nameCache.set(
        collection,
        getCollection(collection).then(
          (entries) =>
            new Map(
              (Array.isArray(entries) ? entries : entries.toArray()).map((e) => {
                const d = e.get('data');
                const get = (k) => (d && d.get ? d.get(k) : undefined);
                return [
                  lastPart(e.get('slug')),
                  get('navn') || get('tittel') || get('pastand') || lastPart(e.get('slug')),
                ];
              }),
            ),
          () => new Map(),
        ),
      );
    }
    return nameCache.get(collection);
  }

  function relationTargets(fields, found = new Set()) {
    fields.forEach((f) => {
      if (f.get('widget') === 'relation') found.add(f.get('collection'));
      if (f.get('fields')) relationTargets(f.get('fields'), found);
      if (f.get('field')) relationTargets([f.get('field')], found);
    });
    return found;
  }

  function shown(field, value, names) {
    if (isEmpty(value)) return null;
    const widget = field.get('widget');
    if (widget === 'kroner' && typeof value === 'number') return `${kroner.format(value)} kr`;
    if (widget === 'boolean') return value ? 'Ja' : 'Nei';
    if (widget === 'select') {
      const option = (field.get('options') || []).find((o) => o.get && o.get('value') === value);
      return option ? option.get('label') : String(value);
    }
    if (widget === 'relation') {
      const known = names[field.get('collection')];
      const one = (id) => (known && known.get(id)) || id;
      return value && value.toArray ? value.toArray().map(one).join(', ') : one(value);
    }
    if (widget === 'object') return list(field.get('fields'), value, names);
    if (widget === 'list') {
      const items = value.toArray ? value.toArray() : [value];
      const inner = field.get('fields');
      return h(
        'ol',
        {},
        ...items.map((item, i) =>
          h('li', { key: i }, inner ? list(inner, item, names) : shown(field.get('field'), item, names)),
        ),
      );
    }
    return String(value);
  }

  function list(fields, data, names) {
    const rows = [];
    fields.forEach((f) => {
      const name = f.get('name');
      if (name === 'body') return;
      const value = shown(f, data && data.get ? data.get(name) : undefined, names);
      if (value !== null)
        rows.push(h('dt', { key: `t-${name}` }, f.get('label')), h('dd', { key: `d-${name}` }, value));
    });
    return h('dl', {}, ...rows);
  }

  const EntryPreview = createClass({
    getInitialState() {
      return { names: {} };
    },
    componentDidMount() {
      this.alive = true;
      for (const target of relationTargets(this.props.fields)) {
        namesOf(this.props.getCollection, target).then((m) => {
          if (this.alive) this.setState((s) => ({ names: { ...s.names, [target]: m } }));
        });
      }
    },
    componentWillUnmount() {
      this.alive = false;
    },
    render() {
      const { entry, collection, fields, widgetFor } = this.props;
      const name = collection.get('name');
      const data = entry.get('data');
      const id = lastPart(entry.get('slug'));
      const page =
        name === 'kapasitetsdiamant'
          ? data.get('initiativ') && `/initiativer/${data.get('initiativ')}/`
          : PAGES[name] && id && `/${PAGES[name]}/${id}/`;
      const hasBody = fields.some((f) => f.get('name') === 'body');
      return h(
        'article',
        { lang: 'nb' },
        h(
          'p',
          {},
          page && !entry.get('newRecord')
            ? h('a', { href: page, target: '_blank', rel: 'noopener' }, `Åpne siden ${page} (etter lagring)`)
            : 'Siden finnes når oppføringen er lagret.',
        ),
        list(fields, data, this.state.names),
        hasBody ? h('section', {}, widgetFor('body')) : null,
      );
    },
  });

  for (const collection of [...Object.keys(PAGES), 'kapasitetsdiamant'])
    CMS.registerPreviewTemplate(collection, EntryPreview);
})();
