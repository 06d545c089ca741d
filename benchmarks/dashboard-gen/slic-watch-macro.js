'use strict'
// Runs SLIC Watch 2.1.3 on one template the way its CloudFormation macro does (cf-macro/index.js of the
// slic-watch repository, tag v2.1.3, which is not published on npm): the macro event carries the template
// as `fragment`; the handler logs the event with pino, merges the default config with Metadata.slicWatch,
// validates it with Ajv, adds alarms then the dashboard through slic-watch-core, logs and returns the
// fragment. Here the fragment is read from a JSON file and the returned fragment written to another.
//
// With --core-only it skips the two pino logs and the Ajv validation (whose schema compile is most of the
// macro's time) and only merges the config, adds alarms and the dashboard: SLIC Watch's own work, as a
// stricter reference.
//
//   NODE_PATH=<dir>/node_modules node slic-watch-macro.js [--core-only] template.json out.json
const fs = require('fs')
const _ = require('lodash')
const Ajv = require('ajv')
const alarms = require('slic-watch-core/alarms')
const dashboard = require('slic-watch-core/dashboard')
const CloudFormationTemplate = require('slic-watch-core/cf-template')
const defaultConfig = require('slic-watch-core/default-config')
const { slicWatchSchema } = require('slic-watch-core/config-schema')
const { getLogger } = require('slic-watch-core/logging')

const logger = getLogger({ name: 'macroHandler' })

const coreOnly = process.argv[2] === '--core-only'

function macro (event) {
  if (!coreOnly) logger.info({ event })
  let fragment = event.fragment
  const slicWatchConfig = (fragment.Metadata || {}).slicWatch || {}
  if (slicWatchConfig.enabled !== false) {
    const config = _.merge(defaultConfig, slicWatchConfig)
    if (!coreOnly) {
      const ajv = new Ajv({ unicodeRegExp: false })
      const validate = ajv.compile(slicWatchSchema)
      if (!validate(slicWatchConfig)) {
        throw new Error('SLIC Watch configuration is invalid: ' + ajv.errorsText(validate.errors))
      }
    }
    const context = { alarmActions: slicWatchConfig.topicArn ? [slicWatchConfig.topicArn] : [] }
    const template = CloudFormationTemplate(fragment)
    const alarmConfigs = {}
    const dashboardConfigs = {}
    for (const [name, resource] of Object.entries(template.getResourcesByType('AWS::Lambda::Function'))) {
      const own = (resource.Metadata || {}).slicWatch || {}
      alarmConfigs[name] = own.alarms || {}
      dashboardConfigs[name] = own.dashboard || {}
    }
    alarms(config.alarms, alarmConfigs, context).addAlarms(template)
    dashboard(config.dashboard, dashboardConfigs, context).addDashboard(template)
    fragment = template.getSourceObject()
  }
  if (!coreOnly) logger.info({ outputFragment: fragment })
  return { requestId: event.requestId, status: 'success', fragment }
}

const [input, output] = process.argv.slice(coreOnly ? 3 : 2)
const event = {
  region: 'us-east-1',
  accountId: '123456789012',
  transformId: '123456789012::SlicWatch-v2',
  requestId: 'bench',
  params: {},
  templateParameterValues: {},
  fragment: JSON.parse(fs.readFileSync(input, 'utf8'))
}
const result = macro(event)
fs.writeFileSync(output, JSON.stringify(result.fragment))
