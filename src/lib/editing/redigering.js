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
})();
